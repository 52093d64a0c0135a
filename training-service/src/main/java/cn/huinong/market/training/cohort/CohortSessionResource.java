package cn.huinong.market.training.cohort;

import cn.huinong.market.common.idempotency.Idempotent;
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

@Path("/api/training/cohorts/{cohortId}/sessions")
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
}
