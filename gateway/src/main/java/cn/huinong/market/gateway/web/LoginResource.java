package cn.huinong.market.gateway.web;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * Sign-in: reaching this path without a session starts the OIDC code flow at Keycloak; back here signed in, the
 * reader goes on to where they were. Sign-out is {@code /logout}, handled by quarkus-oidc (RP-initiated logout).
 */
@Path("/login")
public class LoginResource {

    @GET
    @Authenticated
    public Response login(@QueryParam("next") String next) {
        return Response.seeOther(URI.create(LocalPaths.orHome(next))).build();
    }
}
