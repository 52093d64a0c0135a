package cn.huinong.market.gateway.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The language switch: a link (no form, so it works everywhere) that remembers the choice in a cookie. */
@Path("/lang")
public class LanguageResource {

    @GET
    public Response switchTo(@QueryParam("to") String to, @QueryParam("back") String back) {
        String lang = "en".equals(to) ? "en" : "zh-CN";
        NewCookie cookie = new NewCookie.Builder(WebSession.LANGUAGE_COOKIE).value(lang).path("/")
                .maxAge(365 * 24 * 3600).httpOnly(true).sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(LocalPaths.orHome(back))).cookie(cookie).build();
    }
}
