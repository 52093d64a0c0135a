package cn.huinong.market.sandbox.payment;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The provider's server API a merchant (order-service) calls, in the shape of Alipay's trade.create / query / close /
 * refund. Every call is safe to repeat: create by the merchant's payment id, close and query by nature, refund by the
 * merchant's refund id (hence PUT).
 */
@Path("/api/sandbox-pay")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sandbox payment provider: merchant API")
public class SandboxMerchantResource {

    @Inject SandboxServer server;

    @POST
    @Path("payments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create the payment, or return the one already created for this paymentId; the same id with "
            + "another amount or currency is a 409")
    public CreatedPaymentView create(PaymentCreateRequest request) {
        return server.create(request);
    }

    @GET
    @Path("payments/{paymentId}")
    @Operation(summary = "The provider's state of the payment (an unpaid one past its deadline is CLOSED); 404 if unknown")
    public PaymentView query(@PathParam("paymentId") UUID paymentId) {
        return server.query(paymentId);
    }

    @POST
    @Path("payments/{paymentId}/close")
    @Operation(summary = "Stop a waiting payment; answers CLOSED, or PAID when the buyer paid first")
    public PaymentView close(@PathParam("paymentId") UUID paymentId) {
        return server.close(paymentId);
    }

    @PUT
    @Path("refunds/{refundId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refund part or all of a paid payment, once per refundId; a refused refund is answered with "
            + "status FAILED and a reason")
    public RefundView refund(@PathParam("refundId") UUID refundId, RefundRequest request) {
        return server.refund(refundId, request);
    }
}
