package cn.huinong.market.catalog.shop;

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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/catalog/shops")
@RolesAllowed({"seller", "admin"})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Shops")
public class ShopResource {

    @Inject ShopService service;

    @POST
    @RolesAllowed("seller")
    @Idempotent
    @Operation(summary = "Apply for a shop; the caller becomes its owner")
    public Response apply(@NotNull @Valid ShopRequest request, UriInfo uri) {
        ShopView view = service.apply(request);
        return Responses.created(uri, view.id(), view, view.version());
    }

    @GET
    @Path("mine")
    @RolesAllowed("seller")
    @Operation(summary = "The caller's own shops, in every state")
    public Page<ShopView> mine(@Valid @BeanParam PageRequest page) {
        return service.mine(page.after, page.limit);
    }

    @GET
    @RolesAllowed("admin")
    @Operation(summary = "Review queue (admin): shops in one state, oldest first")
    public Page<ShopView> byStatus(@QueryParam("status") @NotNull String status,
            @Valid @BeanParam PageRequest page) {
        return service.byStatus(ShopService.parse("status", status), page.after, page.limit);
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "A shop: owners and admins see all of it, buyers the public face of approved shops")
    public Response get(@PathParam("id") UUID id) {
        return ok(service.view(id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a shop's details (owner); If-Match required")
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ShopRequest request) {
        return ok(service.update(id, ifMatch, request));
    }

    @POST
    @Path("{id}/transitions")
    @Operation(summary = "Move a shop through its lifecycle: review, approve, reject, suspend, reinstate, re-apply")
    public Response transition(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid TransitionRequest request) {
        return ok(service.transition(id, ifMatch, request));
    }

    @PUT
    @Path("{id}/checklist")
    @RolesAllowed("admin")
    @Operation(summary = "Record the review checklist (admin); If-Match required")
    public Response checklist(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ChecklistRequest request) {
        return ok(service.checklist(id, ifMatch, request));
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({"seller", "admin", "service"})
    @Operation(summary = "The audited lifecycle of a shop: who moved it, when and why (owner, admin; service "
            + "accounts read any shop's, e.g. training-service dating a trainee's shop opening)")
    public List<TransitionView> history(@PathParam("id") UUID id) {
        return service.history(id);
    }

    /** The public face of a shop has no version, so no ETag: buyers do not change shops. */
    private static Response ok(ShopView view) {
        return view.version() == null ? Response.ok(view).build() : Responses.ok(view, view.version());
    }
}
