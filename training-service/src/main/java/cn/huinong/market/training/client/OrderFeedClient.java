package cn.huinong.market.training.client;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** order-service's event feed (Contract 1), read with training-service's client-credentials token. */
@RegisterRestClient(configKey = "order-feed")
@OidcClientFilter
@Path("/api/orders/events")
public interface OrderFeedClient {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    FeedPage events(@QueryParam("after") String after, @QueryParam("limit") int limit);
}
