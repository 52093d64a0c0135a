package cn.huinong.market.training.client;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** catalog-service's audited shop history (role service may read any shop's). */
@RegisterRestClient(configKey = "catalog")
@OidcClientFilter
@Path("/api/catalog/shops")
public interface CatalogShopClient {

    @GET
    @Path("{id}/history")
    @Produces(MediaType.APPLICATION_JSON)
    List<ShopTransition> history(@PathParam("id") UUID shopId);
}
