package cn.huinong.market.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling, by the token's {@code sub}: the platform ties shops, orders and cohorts to it. */
public final class Callers {

    public static final String ANONYMOUS = "anonymous";

    private Callers() {
    }

    public static String subjectOrAnonymous(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return ANONYMOUS;
        }
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return jwt.getSubject();
        }
        return identity.getPrincipal().getName();
    }
}
