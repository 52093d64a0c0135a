package cn.huinong.market.training.followup;

import cn.huinong.market.training.cohort.Viewer;
import cn.huinong.market.training.config.AsOf;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/training/trainees/{traineeId}/follow-ups")
@Tag(name = "Follow-ups and case notes")
public class FollowUpResource {

    @Inject FollowUpService service;

    @Inject AsOf days;

    @Inject SecurityIdentity identity;

    @GET
    public List<FollowUpView> list(@PathParam("traineeId") UUID traineeId, @QueryParam("asOf") String asOf) {
        return service.ofTrainee(traineeId, Viewer.of(identity), days.orToday(asOf));
    }

    @POST
    @Path("{id}/closing")
    @Operation(summary = "Close an open follow-up as DONE (with the outcome found) or SKIPPED (with why)")
    public FollowUpView close(@PathParam("traineeId") UUID traineeId, @PathParam("id") UUID id,
            @NotNull @Valid FollowUpClosing closing) {
        return service.close(traineeId, id, closing, Viewer.of(identity), days.orToday(null));
    }

}
