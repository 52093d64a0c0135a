package cn.huinong.market.catalog.product;

import cn.huinong.market.common.idempotency.Idempotent;
import cn.huinong.market.common.paging.Page;
import cn.huinong.market.common.paging.PageRequest;
import cn.huinong.market.common.web.Responses;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A shop's products: created here by the owner, listed for the owner, admins and buyers. */
@Path("/api/catalog/shops/{shopId}/products")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Products")
public class ShopProductResource {

    @Inject ProductService service;

    @POST
    @RolesAllowed({"seller", "admin"})
    @Idempotent
    @Operation(summary = "Add a product (draft) to the caller's shop")
    public Response create(@PathParam("shopId") UUID shopId, @NotNull @Valid ProductRequest request) {
        return Responses.created(ProductResource.PATH + "/{id}", service.create(shopId, request));
    }

    @GET
    @PermitAll
    @Operation(summary = "A shop's products: all of them for the owner and admins, approved ones for buyers")
    public Page<ProductView> ofShop(@PathParam("shopId") UUID shopId, @Valid @BeanParam PageRequest page) {
        return service.ofShop(shopId, page.after, page.limit);
    }
}
