package cn.huinong.market.gateway.client;

import cn.huinong.market.common.paging.Page;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** training-service as the trainer's pages read it, with the trainer's own token (it sees only their cohorts). */
@RegisterRestClient(configKey = "training")
@Path("/api/training")
public interface TrainingClient {

    @GET
    @Path("cohorts")
    Page<Cohort> cohorts(@QueryParam("limit") int limit, @HeaderParam("Authorization") String authorization,
            @HeaderParam("Accept-Language") String language);

    @GET
    @Path("cohorts/{id}/funnel")
    Funnel funnel(@PathParam("id") UUID cohortId, @QueryParam("asOf") String asOf,
            @HeaderParam("Authorization") String authorization,
            @HeaderParam("Accept-Language") String language);
}
