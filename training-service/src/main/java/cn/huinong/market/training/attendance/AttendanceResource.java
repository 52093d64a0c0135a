package cn.huinong.market.training.attendance;

import cn.huinong.market.training.cohort.Viewer;
import cn.huinong.market.training.config.AsOf;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Attendance of a cohort's sessions, and the roster that sums it up. */
@Path("/api/training/cohorts/{cohortId}")
@Tag(name = "Sessions and attendance")
public class AttendanceResource {

    @Inject AttendanceService attendance;

    @Inject RosterService rosters;

    @Inject AsOf days;

    @Inject SecurityIdentity identity;

    @GET
    @Path("sessions/{sessionId}/attendance")
    public List<AttendanceView> attendance(@PathParam("cohortId") UUID cohortId,
            @PathParam("sessionId") UUID sessionId) {
        return attendance.attendanceOf(cohortId, sessionId, Viewer.of(identity));
    }

    @PUT
    @Path("sessions/{sessionId}/attendance")
    @Operation(summary = "Mark PRESENT/ABSENT/EXCUSED for trainees of the cohort (replaces earlier marks)")
    public List<AttendanceView> mark(@PathParam("cohortId") UUID cohortId, @PathParam("sessionId") UUID sessionId,
            @NotNull @Valid AttendanceRequest request) {
        return attendance.mark(cohortId, sessionId, request, Viewer.of(identity));
    }

    @GET
    @Path("roster")
    @Operation(summary = "The trainer's view: trainees with attendance, at-risk flags and overdue follow-ups")
    public RosterView roster(@PathParam("cohortId") UUID cohortId, @QueryParam("asOf") String asOf) {
        return rosters.roster(cohortId, days.orToday(asOf), Viewer.of(identity));
    }
}
