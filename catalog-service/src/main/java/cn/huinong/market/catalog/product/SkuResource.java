package cn.huinong.market.catalog.product;

import cn.huinong.market.common.web.Responses;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A SKU by its own id; SKUs are added under their product ({@link ProductResource}). */
@Path(SkuResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "SKUs")
public class SkuResource {

    static final String PATH = "/api/catalog/skus";

    @Inject SkuService service;

    @GET
    @Path("{id}")
    @PermitAll
    public Response get(@PathParam("id") UUID id) {
        return Responses.ok(service.get(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({"seller", "admin"})
    @Operation(summary = "Change a SKU (owner): price, weights, cold chain, or active; If-Match required")
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid SkuRequest request) {
        return Responses.ok(service.update(id, ifMatch, request));
    }
}
