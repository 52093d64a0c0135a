package cn.huinong.market.training.rest;

import cn.huinong.market.common.idempotency.Idempotent;
import cn.huinong.market.training.service.SessionService;
import cn.huinong.market.training.service.Viewer;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/training/cohorts/{cohortId}/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"trainer", "admin"})
@Tag(name = "Sessions and attendance")
public class CohortSessionResource {

    @Inject SessionService service;

    @Inject SecurityIdentity identity;

    @GET
    public List<SessionView> list(@PathParam("cohortId") UUID cohortId) {
        return service.list(cohortId, Viewer.of(identity));
    }

    @POST
    @Idempotent
    @Operation(summary = "Schedule a session of one of the cohort programme's modules")
    public Response create(@PathParam("cohortId") UUID cohortId, @NotNull @Valid SessionRequest request) {
        return Response.status(Response.Status.CREATED).entity(service.create(cohortId, request, Viewer.of(identity)))
                .build();
    }

    @GET
    @Path("{sessionId}/attendance")
    public List<AttendanceView> attendance(@PathParam("cohortId") UUID cohortId,
            @PathParam("sessionId") UUID sessionId) {
        return service.attendanceOf(cohortId, sessionId, Viewer.of(identity));
    }

    @PUT
    @Path("{sessionId}/attendance")
    @Operation(summary = "Mark PRESENT/ABSENT/EXCUSED for trainees of the cohort (replaces earlier marks)")
    public List<AttendanceView> mark(@PathParam("cohortId") UUID cohortId, @PathParam("sessionId") UUID sessionId,
            @NotNull @Valid AttendanceRequest request) {
        return service.mark(cohortId, sessionId, request, Viewer.of(identity));
    }
}
