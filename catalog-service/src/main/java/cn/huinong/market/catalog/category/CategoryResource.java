package cn.huinong.market.catalog.category;

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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/catalog/categories")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Categories")
public class CategoryResource {

    @Inject CategoryService service;

    @GET
    @PermitAll
    @Operation(summary = "List categories (public), optionally the children of one parent")
    public Page<CategoryView> list(@QueryParam("parentId") UUID parentId, @Valid @BeanParam PageRequest page) {
        return service.list(parentId, page.after, page.limit);
    }

    @GET
    @Path("{id}")
    @PermitAll
    public Response get(@PathParam("id") UUID id) {
        return Responses.ok(service.get(id));
    }

    @POST
    @Idempotent
    @Operation(summary = "Create a category (admin); send Idempotency-Key to retry safely")
    public Response create(@NotNull @Valid CategoryRequest request, UriInfo uri) {
        return Responses.created(uri, service.create(request));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a category (admin); If-Match with the ETag you read is required")
    public Response replace(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CategoryRequest request) {
        return Responses.ok(service.replace(id, ifMatch, request));
    }
}
