package cn.huinong.market.gateway.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The sandbox payment provider's cashier (JSON only, no page of its own): the web shows it as a page and pays
 * through it, as a buyer would on Alipay's page.
 */
@RegisterRestClient(configKey = "sandbox-pay")
@Path("/api/orders/sandbox-pay/{paymentId}")
public interface SandboxCashierClient {

    @GET
    Cashier get(@PathParam("paymentId") String paymentId);

    @POST
    @Path("pay")
    Cashier pay(@PathParam("paymentId") String paymentId, @HeaderParam("X-Sandbox-Payer") String payer);
}
