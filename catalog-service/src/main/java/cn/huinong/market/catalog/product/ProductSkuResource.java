package cn.huinong.market.catalog.product;

import cn.huinong.market.common.idempotency.Idempotent;
import cn.huinong.market.common.web.Responses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/catalog/products/{productId}/skus")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "SKUs")
public class ProductSkuResource {

    @Inject SkuService service;

    @POST
    @RolesAllowed({"seller", "admin"})
    @Idempotent
    @Operation(summary = "Add a SKU (variant) to the caller's product")
    public Response create(@PathParam("productId") UUID productId, @NotNull @Valid SkuRequest request) {
        SkuView view = service.create(productId, request);
        java.net.URI location = UriBuilder.fromPath("/api/catalog/skus/{id}").build(view.id());
        return Responses.created(location, view, view.version());
    }
}
