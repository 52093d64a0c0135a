package cn.huinong.market.training.attendance;

import cn.huinong.market.training.cohort.Viewer;
import cn.huinong.market.training.config.AsOf;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/training/cohorts/{cohortId}/roster")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"trainer", "admin"})
@Tag(name = "Sessions and attendance")
public class RosterResource {

    @Inject RosterService service;

    @Inject AsOf days;

    @Inject SecurityIdentity identity;

    @GET
    @Operation(summary = "The trainer's view: trainees with attendance, at-risk flags and overdue follow-ups")
    public RosterView roster(@PathParam("cohortId") UUID cohortId, @QueryParam("asOf") String asOf) {
        return service.roster(cohortId, days.orToday(asOf), Viewer.of(identity));
    }
}
