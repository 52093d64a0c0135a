package cn.huinong.market.catalog.shop;

import cn.huinong.market.catalog.PageParams;
import cn.huinong.market.common.idempotency.Idempotent;
import cn.huinong.market.common.paging.Page;
import cn.huinong.market.common.web.ETags;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/catalog/shops")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Shops")
public class ShopResource {

    @Inject ShopService service;

    @Inject SecurityIdentity identity;

    @POST
    @RolesAllowed("seller")
    @Idempotent
    @Operation(summary = "Apply for a shop; the caller becomes its owner")
    public Response apply(@NotNull @Valid ShopRequest request, UriInfo uri) {
        ShopView view = service.apply(request);
        java.net.URI location = uri.getAbsolutePathBuilder().path(view.id().toString()).build();
        return Responses.created(location, view, view.version());
    }

    @GET
    @Path("mine")
    @RolesAllowed("seller")
    @Operation(summary = "The caller's own shops, in every state")
    public Page<ShopView> mine(@Valid @BeanParam PageParams page) {
        return service.mine(page.after, page.limit);
    }

    @GET
    @RolesAllowed("admin")
    @Operation(summary = "Review queue (admin): shops in one state, oldest first")
    public Page<ShopView> byStatus(@QueryParam("status") @NotNull String status,
            @Valid @BeanParam PageParams page) {
        return service.byStatus(ShopService.parse("status", status), page.after, page.limit);
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "A shop: owners and admins see all of it, buyers the public face of approved shops")
    public Response get(@PathParam("id") UUID id) {
        ShopView view = service.view(id, !identity.isAnonymous());
        var response = Response.ok(view);
        if (view.version() != null) {
            response.header("ETag", ETags.of(view.version()));
        }
        return response.build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({"seller", "admin"})
    @Operation(summary = "Change a shop's details (owner); If-Match required")
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ShopRequest request) {
        ShopView view = service.update(id, ifMatch, request);
        return Responses.ok(view, view.version());
    }

    @POST
    @Path("{id}/transitions")
    @RolesAllowed({"seller", "admin"})
    @Operation(summary = "Move a shop through its lifecycle: review, approve, reject, suspend, reinstate, re-apply")
    public Response transition(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid TransitionRequest request) {
        ShopView view = service.transition(id, ifMatch, request);
        return Responses.ok(view, view.version());
    }

    @PUT
    @Path("{id}/checklist")
    @RolesAllowed("admin")
    @Operation(summary = "Record the review checklist (admin); If-Match required")
    public Response checklist(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ChecklistRequest request) {
        ShopView view = service.checklist(id, ifMatch, request);
        return Responses.ok(view, view.version());
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({"seller", "admin", "service"})
    @Operation(summary = "The audited lifecycle of a shop: who moved it, when and why (owner, admin; service "
            + "accounts read any shop's, e.g. training-service dating a trainee's shop opening)")
    public List<TransitionView> history(@PathParam("id") UUID id) {
        return service.history(id);
    }
}
