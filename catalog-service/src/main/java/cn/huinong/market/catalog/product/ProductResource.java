package cn.huinong.market.catalog.product;

import cn.huinong.market.common.idempotency.Idempotent;
import cn.huinong.market.common.web.Responses;
import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A product and the SKUs added to it: the owner (or an admin) changes them, anyone reads an approved one. */
@Path(ProductResource.PATH)
@RolesAllowed({"seller", "admin"})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Products")
public class ProductResource {

    static final String PATH = "/api/catalog/products";

    @Inject ProductService service;

    @Inject SkuService skus;

    @GET
    @Path("{id}")
    @PermitAll
    public Response get(@PathParam("id") UUID id) {
        return Responses.ok(service.get(id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a product's texts or category (owner); a listed product goes back to review")
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ProductRequest request) {
        return Responses.ok(service.update(id, ifMatch, request));
    }

    @POST
    @Path("{id}/transitions")
    @Operation(summary = "Submit for review, unlist (owner); approve or reject with a reason (admin)")
    public Response transition(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid TransitionRequest request) {
        return Responses.ok(service.transition(id, ifMatch, request));
    }

    @GET
    @Path("{id}/history")
    public List<TransitionView> history(@PathParam("id") UUID id) {
        return service.history(id);
    }

    @POST
    @Path("{id}/skus")
    @Idempotent
    @Tag(name = "SKUs")
    @Operation(summary = "Add a SKU (variant) to the caller's product")
    public Response addSku(@PathParam("id") UUID id, @NotNull @Valid SkuRequest request) {
        return Responses.created(SkuResource.PATH + "/{id}", skus.create(id, request));
    }
}
