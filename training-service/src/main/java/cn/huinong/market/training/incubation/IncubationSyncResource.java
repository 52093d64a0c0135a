package cn.huinong.market.training.incubation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/training/incubation")
@RolesAllowed("admin")
@Tag(name = "Incubation")
public class IncubationSyncResource {

    @Inject IncubationSync sync;

    @POST
    @Path("sync")
    @Operation(summary = "Poll the order feed and catalog now (admin); the scheduled poll does the same. Replaying is "
            + "harmless: events are stored once")
    public SyncView syncNow() {
        return sync.syncNow();
    }
}
