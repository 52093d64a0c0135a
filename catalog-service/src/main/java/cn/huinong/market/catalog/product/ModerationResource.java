package cn.huinong.market.catalog.product;

import cn.huinong.market.common.paging.Page;
import cn.huinong.market.common.paging.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/catalog/moderation/products")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Products")
public class ModerationResource {

    @Inject ProductService service;

    @GET
    @RolesAllowed("admin")
    @Operation(summary = "The moderation queue (admin): submitted products, longest waiting first")
    public Page<ProductView> moderationQueue(@Valid @BeanParam PageRequest page) {
        return service.moderationQueue(page.after, page.limit);
    }
}
