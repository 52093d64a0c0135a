package cn.huinong.market.catalog.product;

import cn.huinong.market.catalog.PageParams;
import cn.huinong.market.common.idempotency.Idempotent;
import cn.huinong.market.common.paging.Page;
import cn.huinong.market.common.web.Responses;
import io.quarkus.security.identity.SecurityIdentity;
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
import jakarta.ws.rs.core.UriBuilder;
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

    @Inject SecurityIdentity identity;

    @POST
    @RolesAllowed({"seller", "admin"})
    @Idempotent
    @Operation(summary = "Add a product (draft) to the caller's shop")
    public Response create(@PathParam("shopId") UUID shopId, @NotNull @Valid ProductRequest request) {
        ProductView view = service.create(shopId, request);
        java.net.URI location = UriBuilder.fromPath("/api/catalog/products/{id}").build(view.id());
        return Responses.created(location, view, view.version());
    }

    @GET
    @PermitAll
    @Operation(summary = "A shop's products: all of them for the owner and admins, approved ones for buyers")
    public Page<ProductView> ofShop(@PathParam("shopId") UUID shopId, @Valid @BeanParam PageParams page) {
        return service.ofShop(shopId, !identity.isAnonymous(), page.after, page.limit);
    }
}
