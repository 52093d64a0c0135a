package cn.huinong.market.training.cohort;

import cn.huinong.market.common.idempotency.Idempotent;
import cn.huinong.market.common.paging.Page;
import cn.huinong.market.common.paging.PageRequest;
import cn.huinong.market.common.web.Responses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/training/programmes")
@Tag(name = "Programmes")
public class ProgrammeResource {

    @Inject ProgrammeService service;

    @GET
    public Page<ProgrammeView> list(@Valid @BeanParam PageRequest page) {
        return service.list(page.after, page.limit);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id) {
        ProgrammeView view = service.get(id);
        return Responses.ok(view, view.version());
    }

    @POST
    @RolesAllowed("admin")
    @Idempotent
    @Operation(summary = "Create a programme with its tracks (admin)")
    public Response create(@NotNull @Valid ProgrammeRequest request, UriInfo uri) {
        ProgrammeView view = service.create(request);
        return Responses.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build(), view,
                view.version());
    }

    @POST
    @Path("{id}/modules")
    @RolesAllowed("admin")
    @Idempotent
    @Operation(summary = "Add a module with its required hours (admin)")
    public Response addModule(@PathParam("id") UUID id, @NotNull @Valid ModuleRequest request) {
        return Response.status(Response.Status.CREATED).entity(service.addModule(id, request)).build();
    }
}
