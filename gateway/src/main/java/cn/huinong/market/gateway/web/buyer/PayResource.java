package cn.huinong.market.gateway.web.buyer;

import cn.huinong.market.gateway.client.Cashier;
import cn.huinong.market.gateway.client.Checkout;
import cn.huinong.market.gateway.client.OrdersClient;
import cn.huinong.market.gateway.client.SandboxCashierClient;
import cn.huinong.market.gateway.web.WebSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The sandbox cashier as a page. The checkout's pay URL comes from order-service and is followed only when it is
 * the sandbox provider's (path {@code /api/orders/sandbox-pay/<id>}): the page never calls an address a form sent.
 */
@Path("/pay/{checkoutId}")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class PayResource {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance pay(Checkout checkout, Cashier cashier);
    }

    @Inject WebSession web;

    @Inject
    @RestClient OrdersClient orders;

    @Inject
    @RestClient SandboxCashierClient cashier;

    @GET
    public TemplateInstance show(@PathParam("checkoutId") UUID checkoutId) {
        Checkout checkout = orders.checkout(checkoutId, web.bearer(), web.lang());
        return web.page(Templates.pay(checkout, cashier.get(SandboxPayUrls.paymentId(checkout.payUrl())
                .orElseThrow(NotFoundException::new))));
    }

    @POST
    public Response pay(@PathParam("checkoutId") UUID checkoutId) {
        Checkout checkout = orders.checkout(checkoutId, web.bearer(), web.lang());
        if ("PENDING_PAYMENT".equals(checkout.status())) {
            cashier.pay(SandboxPayUrls.paymentId(checkout.payUrl()).orElseThrow(NotFoundException::new),
                    web.userName());
            // The provider's notification is on its way; asking now shows the buyer "paid" without waiting for it.
            orders.paymentCheck(checkoutId, web.bearer(), web.lang());
        }
        return Response.seeOther(URI.create("/orders/" + checkoutId)).build();
    }
}
