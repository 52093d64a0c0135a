package cn.huinong.market.orders.logistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/orders/logistics/planning-jobs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Logistics planning")
@RolesAllowed({"admin", "logistics"})
public class PlanningJobResource {

    @Inject PlanningJobService service;

    @POST
    @Operation(summary = "Plan the consolidated runs of a county hub's parcels paid by the cutoff (admin, logistics):"
            + " 202 with the job; the same hub and cutoff while a job is queued or running answers that job")
    public Response submit(@NotNull @Valid PlanningJobRequest request, @Context SecurityContext security,
            @Context UriInfo uri) {
        var enqueued = service.submit(request, security.getUserPrincipal().getName());
        return Response.accepted(PlanningJobView.of(enqueued.job()))
                .location(uri.getAbsolutePathBuilder().path(enqueued.job().id.toString()).build()).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A planning job's status and progress, and its plan once DONE (admin, logistics)")
    public PlanningJobView get(@PathParam("id") UUID id) {
        return service.get(id);
    }
}
