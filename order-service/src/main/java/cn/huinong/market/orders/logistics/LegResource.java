package cn.huinong.market.orders.logistics;

import cn.huinong.market.common.idempotency.Idempotent;
import cn.huinong.market.common.paging.Page;
import cn.huinong.market.common.paging.PageRequest;
import cn.huinong.market.common.web.Responses;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The network's scheduled legs: read by anyone signed in, changed by admins only. */
@Path("/api/orders/logistics/legs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Logistics network")
public class LegResource {

    @Inject LegService service;

    @GET
    @Authenticated
    public Page<LegView> list(@Valid @BeanParam PageRequest page) {
        return service.list(page.after, page.limit);
    }

    @GET
    @Path("{id}")
    @Authenticated
    public Response get(@PathParam("id") UUID id) {
        LegView view = service.get(id);
        return Responses.ok(view, view.version());
    }

    @POST
    @RolesAllowed("admin")
    @Idempotent
    @Operation(summary = "Add a leg; refused (400, every reason) when its nodes are unknown or its schedule impossible")
    public Response create(@NotNull @Valid LegRequest request, UriInfo uri) {
        LegView view = service.create(request);
        return Responses.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build(), view,
                view.version());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed("admin")
    @Operation(summary = "Replace a leg; If-Match with the ETag you read is required")
    public Response replace(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid LegRequest request) {
        LegView view = service.replace(id, ifMatch, request);
        return Responses.ok(view, view.version());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed("admin")
    public void delete(@PathParam("id") UUID id) {
        service.delete(id);
    }
}
