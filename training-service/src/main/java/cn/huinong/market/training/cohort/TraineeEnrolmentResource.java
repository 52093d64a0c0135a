package cn.huinong.market.training.cohort;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A trainee's enrolments, seen from the trainee; a trainer sees only those in their own cohorts. */
@Path("/api/training/trainees/{id}/enrolments")
@Tag(name = "Trainees")
public class TraineeEnrolmentResource {

    @Inject EnrolmentService service;

    @Inject SecurityIdentity identity;

    @GET
    @Operation(summary = "The trainee's enrolments in the caller's cohorts (all for an admin)")
    public List<EnrolmentView> enrolments(@PathParam("id") UUID traineeId) {
        return service.ofTrainee(traineeId, Viewer.of(identity));
    }
}
