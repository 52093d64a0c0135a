package cn.huinong.market.orders.client;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Catalog-service's checkout endpoints, called with order-service's own client-credentials token (role
 * {@code service}): checkout is the platform acting, and a buyer's token could not confirm or release stock.
 * Use it through {@link CatalogClient}, which adds timeouts, retries and a circuit breaker.
 */
@RegisterRestClient(configKey = "catalog")
@RegisterProvider(CatalogErrors.class)
@OidcClientFilter
@Path("/api/catalog")
@Produces(MediaType.APPLICATION_JSON)
public interface CatalogApi {

    @GET
    @Path("skus")
    List<CatalogSku> skus(@QueryParam("ids") String commaSeparatedIds);

    @POST
    @Path("reservations")
    @Consumes(MediaType.APPLICATION_JSON)
    CatalogReservation reserve(CatalogReservation.Request request);

    @POST
    @Path("reservations/{checkoutId}/confirmation")
    CatalogReservation confirm(@PathParam("checkoutId") UUID checkoutId);

    @POST
    @Path("reservations/{checkoutId}/release")
    CatalogReservation release(@PathParam("checkoutId") UUID checkoutId);
}
