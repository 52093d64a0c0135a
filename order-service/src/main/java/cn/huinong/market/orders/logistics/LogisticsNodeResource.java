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

/**
 * The shared logistics network's nodes. Every signed-in user may read it (sellers pick drop-off points,
 * buyers see where parcels pass); only logistics operators and admins change it.
 */
@Path("/api/orders/logistics/nodes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Logistics network")
public class LogisticsNodeResource {

    @Inject LogisticsNodeService service;

    @GET
    @Authenticated
    @Operation(summary = "List nodes, optionally one level or the children of one node")
    public Page<LogisticsNodeView> list(@QueryParam("level") NodeLevel level, @QueryParam("parentId") UUID parentId,
            @Valid @BeanParam PageRequest page) {
        return service.list(level, parentId, page.after, page.limit);
    }

    @GET
    @Path("{id}")
    @Authenticated
    public Response get(@PathParam("id") UUID id) {
        LogisticsNodeView view = service.get(id);
        return Responses.ok(view, view.version());
    }

    @POST
    @RolesAllowed({"admin", "logistics"})
    @Idempotent
    @Operation(summary = "Register a node (logistics operator or admin); send Idempotency-Key to retry safely")
    public Response create(@NotNull @Valid LogisticsNodeRequest request, UriInfo uri) {
        LogisticsNodeView view = service.create(request);
        java.net.URI location = uri.getAbsolutePathBuilder().path(view.id().toString()).build();
        return Responses.created(location, view, view.version());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({"admin", "logistics"})
    @Operation(summary = "Replace a node; If-Match with the ETag you read is required")
    public Response replace(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid LogisticsNodeRequest request) {
        LogisticsNodeView view = service.replace(id, ifMatch, request);
        return Responses.ok(view, view.version());
    }
}
