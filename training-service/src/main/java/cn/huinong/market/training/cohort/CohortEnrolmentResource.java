package cn.huinong.market.training.cohort;

import cn.huinong.market.common.idempotency.Idempotent;
import cn.huinong.market.common.web.Responses;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/training/cohorts/{cohortId}/enrolments")
@Tag(name = "Enrolments")
public class CohortEnrolmentResource {

    @Inject EnrolmentService service;

    @Inject SecurityIdentity identity;

    @GET
    public List<EnrolmentView> ofCohort(@PathParam("cohortId") UUID cohortId) {
        return service.ofCohort(cohortId, Viewer.of(identity));
    }

    @POST
    @Idempotent
    @Operation(summary = "Enter a trainee in a cohort as APPLIED")
    public Response enrol(@PathParam("cohortId") UUID cohortId, @NotNull @Valid EnrolmentRequest request) {
        EnrolmentView view = service.enrol(cohortId, request, Viewer.of(identity));
        return Responses.created(UriBuilder.fromPath("/api/training/enrolments/{id}").build(view.id()), view,
                view.version());
    }
}
