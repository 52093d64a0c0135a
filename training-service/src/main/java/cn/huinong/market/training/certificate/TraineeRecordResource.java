package cn.huinong.market.training.certificate;

import cn.huinong.market.training.cohort.Viewer;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A trainee's learning record: module results and certificates. */
@Path("/api/training/trainees/{traineeId}")
@Tag(name = "Assessments and certificates")
public class TraineeRecordResource {

    @Inject AssessmentService assessments;

    @Inject CertificateService certificates;

    @Inject SecurityIdentity identity;

    @GET
    @Path("assessments")
    public List<AssessmentView> assessments(@PathParam("traineeId") UUID traineeId) {
        return assessments.ofTrainee(traineeId, Viewer.of(identity));
    }

    @POST
    @Path("assessments")
    @Operation(summary = "Record a module result (passed follows from the module's pass score)")
    public Response assess(@PathParam("traineeId") UUID traineeId, @NotNull @Valid AssessmentRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(assessments.record(traineeId, request, Viewer.of(identity))).build();
    }

    @GET
    @Path("certificates")
    public List<CertificateView> certificates(@PathParam("traineeId") UUID traineeId) {
        return certificates.ofTrainee(traineeId, Viewer.of(identity));
    }

    @POST
    @Path("certificates")
    @Operation(summary = "Issue a 互联网营销师 certificate (work type, level) with a public verification code")
    public Response issue(@PathParam("traineeId") UUID traineeId, @NotNull @Valid CertificateRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(certificates.issue(traineeId, request, Viewer.of(identity))).build();
    }
}
