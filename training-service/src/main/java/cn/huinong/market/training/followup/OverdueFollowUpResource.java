package cn.huinong.market.training.followup;

import cn.huinong.market.training.cohort.Viewer;
import cn.huinong.market.training.config.AsOf;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/training/follow-ups/overdue")
@Tag(name = "Follow-ups and case notes")
public class OverdueFollowUpResource {

    @Inject FollowUpService service;

    @Inject AsOf days;

    @Inject SecurityIdentity identity;

    @GET
    @Operation(summary = "The trainer's overdue follow-ups (open and due before ?asOf, default today)")
    public List<FollowUpView> overdue(@QueryParam("asOf") String asOf) {
        return service.overdue(Viewer.of(identity), days.orToday(asOf));
    }
}
