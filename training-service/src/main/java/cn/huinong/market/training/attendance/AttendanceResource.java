package cn.huinong.market.training.attendance;

import cn.huinong.market.training.cohort.Viewer;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/training/cohorts/{cohortId}/sessions/{sessionId}/attendance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"trainer", "admin"})
@Tag(name = "Sessions and attendance")
public class AttendanceResource {

    @Inject AttendanceService service;

    @Inject SecurityIdentity identity;

    @GET
    public List<AttendanceView> attendance(@PathParam("cohortId") UUID cohortId,
            @PathParam("sessionId") UUID sessionId) {
        return service.attendanceOf(cohortId, sessionId, Viewer.of(identity));
    }

    @PUT
    @Operation(summary = "Mark PRESENT/ABSENT/EXCUSED for trainees of the cohort (replaces earlier marks)")
    public List<AttendanceView> mark(@PathParam("cohortId") UUID cohortId, @PathParam("sessionId") UUID sessionId,
            @NotNull @Valid AttendanceRequest request) {
        return service.mark(cohortId, sessionId, request, Viewer.of(identity));
    }
}
