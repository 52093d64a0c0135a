package cn.huinong.market.gateway.web;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;

/**
 * Who reads this page and in which language; templates reach it as {@code inject:web}. Chinese unless the reader
 * chose English with the language switch (a cookie), whatever the browser says: the platform's readers are Chinese
 * first, and a phone set to English by a shop assistant should not hide that.
 */
@RequestScoped
@Named("web")
public class WebSession {

    public static final String LANGUAGE_COOKIE = "lang";
    public static final Locale CHINESE = Locale.forLanguageTag("zh-CN");

    @Inject SecurityIdentity identity;

    @Inject HttpServerRequest request;

    public boolean en() {
        Cookie cookie = request.getCookie(LANGUAGE_COOKIE);
        return cookie != null && "en".equals(cookie.getValue());
    }

    /** The page's language tag, also sent to the services as {@code Accept-Language}. */
    public String lang() {
        return en() ? "en" : "zh-CN";
    }

    public Locale locale() {
        return en() ? Locale.ENGLISH : CHINESE;
    }

    private SecurityIdentity user;

    /**
     * The identity, resolved once on the worker thread that runs the page's resource method: authentication is
     * lazy (the API routes never need it), and templates may render on the event loop, where it must not block.
     */
    private SecurityIdentity user() {
        if (user == null) {
            user = identity;
            user.isAnonymous();
        }
        return user;
    }

    public boolean signedIn() {
        return !user().isAnonymous();
    }

    public String userName() {
        return signedIn() ? user().getPrincipal().getName() : "";
    }

    public boolean hasRole(String role) {
        return user().hasRole(role);
    }

    /** The signed-in user's own access token as a bearer header, or null for an anonymous reader. */
    public String bearer() {
        AccessTokenCredential token = user().getCredential(AccessTokenCredential.class);
        return token == null ? null : "Bearer " + token.getToken();
    }

    /** The current path with its query, for the language switch to come back to. */
    public String here() {
        return request.uri();
    }

    /** Renders a page in the reader's language. */
    public TemplateInstance page(TemplateInstance template) {
        user();
        return template.setLocale(locale());
    }
}
