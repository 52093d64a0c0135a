package cn.huinong.market.catalog.stock;

import cn.huinong.market.common.problem.Messages;
import cn.huinong.market.common.web.Responses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A SKU's stock, for the seller who owns it (other sellers get 404) and for admins. */
@Path("/api/catalog/skus/{skuId}/stock")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"seller", "admin"})
@Tag(name = "Stock")
public class StockResource {

    @Inject StockService service;

    @GET
    @Operation(summary = "Stock of one of your SKUs: on hand, reserved, available, and whether it sells now")
    public Response get(@PathParam("skuId") UUID skuId, @Context HttpHeaders headers) {
        return ok(service.get(skuId, locale(headers)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set on-hand (counts as confirming it); If-Match required; not below reserved (409)")
    public Response set(@PathParam("skuId") UUID skuId, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid StockRequest request, @Context HttpHeaders headers) {
        return ok(service.set(skuId, ifMatch, request.onHand(), locale(headers)));
    }

    @POST
    @Path("confirmation")
    @Operation(summary = "Confirm the count is still right (keeps chilled/frozen SKUs on sale); If-Match optional")
    public Response confirm(@PathParam("skuId") UUID skuId, @HeaderParam("If-Match") String ifMatch,
            @Context HttpHeaders headers) {
        return ok(service.confirm(skuId, ifMatch, locale(headers)));
    }

    private static Response ok(StockView view) {
        return Responses.ok(view, view.version());
    }

    private static Locale locale(HttpHeaders headers) {
        return Messages.localeFor(headers.getAcceptableLanguages());
    }
}
