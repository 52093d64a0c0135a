package cn.huinong.market.gateway.client;

import cn.huinong.market.common.paging.Page;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** order-service as the web pages use it, always with the signed-in user's own bearer token. */
@RegisterRestClient(configKey = "orders")
@Path("/api/orders")
public interface OrdersClient {

    @POST
    @Path("checkouts")
    Checkout checkout(NewCheckout checkout, @HeaderParam("Idempotency-Key") String idempotencyKey,
            @HeaderParam("Authorization") String authorization, @HeaderParam("Accept-Language") String language);

    @GET
    @Path("checkouts/{id}")
    Checkout checkout(@PathParam("id") UUID id, @HeaderParam("Authorization") String authorization,
            @HeaderParam("Accept-Language") String language);

    @POST
    @Path("checkouts/{id}/payment-check")
    Checkout paymentCheck(@PathParam("id") UUID id, @HeaderParam("Authorization") String authorization,
            @HeaderParam("Accept-Language") String language);

    @GET
    @Path("shop-orders")
    Page<ShopOrder> shopOrders(@QueryParam("after") String after, @QueryParam("limit") int limit,
            @HeaderParam("Authorization") String authorization, @HeaderParam("Accept-Language") String language);

    @GET
    @Path("shop-orders")
    Page<ShopOrder> shopOrdersOf(@QueryParam("shopId") UUID shopId, @QueryParam("after") String after,
            @QueryParam("limit") int limit, @HeaderParam("Authorization") String authorization,
            @HeaderParam("Accept-Language") String language);

    @POST
    @Path("shop-orders/{id}/transitions")
    ShopOrder move(@PathParam("id") UUID id, OrderTransition transition, @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("Authorization") String authorization, @HeaderParam("Accept-Language") String language);

    @GET
    @Path("shipping/quote")
    ShippingQuote quote(@QueryParam("province") String province, @QueryParam("packedWeightG") int packedWeightG,
            @QueryParam("coldChain") boolean coldChain, @HeaderParam("Authorization") String authorization);
}
