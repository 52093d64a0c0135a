package cn.huinong.market.gateway.web.buyer;

import cn.huinong.market.common.paging.Page;
import cn.huinong.market.gateway.client.Checkout;
import cn.huinong.market.gateway.client.OrdersClient;
import cn.huinong.market.gateway.client.ShopOrder;
import cn.huinong.market.gateway.web.WebSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The buyer's orders, and one checkout with its shop orders: status, each shop's shipping cost and ship-by date
 * exactly as order-service stored them, and the way to pay while it waits. Whose order it is, order-service
 * decides: another buyer's checkout is refused there and shown here as not found.
 */
@Path("/orders")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class OrdersResource {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance orders(List<ShopOrder> orders, String nextCursor);

        static native TemplateInstance checkout(Checkout checkout);
    }

    @Inject WebSession web;

    @Inject
    @RestClient OrdersClient orders;

    @GET
    public TemplateInstance list(@QueryParam("after") String after) {
        Page<ShopOrder> page = orders.shopOrders(after == null || after.isBlank() ? null : after, 20, web.bearer(),
                web.lang());
        return web.page(Templates.orders(page.items() == null ? List.of() : page.items(), page.nextCursor()));
    }

    @GET
    @Path("{checkoutId}")
    public TemplateInstance checkout(@PathParam("checkoutId") UUID checkoutId) {
        return web.page(Templates.checkout(orders.checkout(checkoutId, web.bearer(), web.lang())));
    }

    /** Asks the provider now, for a buyer who paid and does not want to wait for its notification. */
    @POST
    @Path("{checkoutId}/payment-check")
    public Response paymentCheck(@PathParam("checkoutId") UUID checkoutId) {
        orders.paymentCheck(checkoutId, web.bearer(), web.lang());
        return Response.seeOther(URI.create("/orders/" + checkoutId)).build();
    }
}
