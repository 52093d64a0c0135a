package cn.huinong.market.orders.checkout;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/orders/jobs/run")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
public class DeadlineJobsResource {

    @Inject DeadlineJobs jobs;

    @POST
    @RolesAllowed("admin")
    @Operation(summary = "Run the deadline jobs now (expiry, stock settlement, refund retries, ship-by, completion)")
    public DeadlineJobs.Report run() {
        return jobs.runAll();
    }
}
