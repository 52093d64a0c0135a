package cn.huinong.market.gateway.web.trace;

import cn.huinong.market.gateway.client.CatalogClient;
import cn.huinong.market.gateway.client.TraceSummary;
import cn.huinong.market.gateway.web.WebExceptionMapper;
import cn.huinong.market.gateway.web.WebSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.ClientWebApplicationException;

/**
 * The page a pack's QR code opens, without signing in: the GS1 Digital Link paths the labels carry
 * ({@code /01/{gtin}/10/{lot}}, {@code /t/{code}}) and {@code /trace?code=} for a typed code. catalog parses and
 * judges the code; an unknown code is a 404 page and a malformed one a 400 page, both saying what to do.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class TraceResource {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance trace(TraceSummary summary, String code);

        static native TemplateInstance form(String code, String problem, String detail);
    }

    @Inject WebSession web;

    @Inject
    @RestClient CatalogClient catalog;

    @GET
    @Path("01/{gtin}/10/{lot}")
    public Response digitalLink(@Context UriInfo uri) {
        // The raw path: the lot stays percent-encoded as on the label, and catalog decodes it once.
        return show(uri.getRequestUri().getRawPath());
    }

    @GET
    @Path("t/{code}")
    public Response shortCode(@Context UriInfo uri) {
        return show(uri.getRequestUri().getRawPath());
    }

    @GET
    @Path("trace")
    public Response typed(@QueryParam("code") String code) {
        if (code == null || code.isBlank()) {
            return html(200, Templates.form(null, null, null));
        }
        String typed = code.strip();
        // A bare short code as printed under the QR code.
        return show(typed.contains("/") ? typed : "/t/" + typed);
    }

    private Response show(String code) {
        try {
            return html(200, Templates.trace(catalog.traceSummary(code, web.lang()), code));
        } catch (ClientWebApplicationException e) {
            int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
            if (status == 404) {
                return html(404, Templates.form(code, "unknown", null));
            }
            if (status == 400) {
                return html(400, Templates.form(code, "malformed", WebExceptionMapper.detailOf(e.getResponse())));
            }
            throw e;
        }
    }

    private Response html(int status, TemplateInstance template) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(web.page(template).render()).build();
    }
}
