package cn.huinong.market.catalog.rest;

import cn.huinong.market.catalog.service.ProductService;
import cn.huinong.market.common.idempotency.Idempotent;
import cn.huinong.market.common.paging.Page;
import cn.huinong.market.common.paging.PageRequest;
import cn.huinong.market.common.web.ETags;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/catalog/moderation/products")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Products")
public class ModerationResource {

    @Inject
    ProductService service;

    @GET
    @RolesAllowed("admin")
    @Operation(summary = "The moderation queue (admin): submitted products, longest waiting first")
    public Page<ProductView> moderationQueue(@Valid @BeanParam PageRequest page) {
        return service.moderationQueue(page.after, page.limit);
    }
}
