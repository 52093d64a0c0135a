package cn.huinong.market.orders.payment.sandbox;

import cn.huinong.market.orders.payment.CreatedPayment;
import cn.huinong.market.orders.payment.ProviderPayment;
import cn.huinong.market.orders.payment.ProviderRefund;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The sandbox provider's merchant API (module {@code sandbox-payment}), as order-service calls it over HTTP. Base URL
 * and timeouts: {@code quarkus.rest-client.sandbox-pay.*}. Answers of 400 and above come back as
 * {@link jakarta.ws.rs.WebApplicationException}; {@link cn.huinong.market.orders.payment.SandboxPaymentProvider}
 * translates them.
 */
@RegisterRestClient(configKey = "sandbox-pay")
@Path("/api/sandbox-pay")
@Produces(MediaType.APPLICATION_JSON)
public interface SandboxPayApi {

    /** What order-service asks the provider to collect, and where the provider must notify it. */
    record PaymentRequest(UUID paymentId, long amountFen, String currency, String subject,
            java.time.OffsetDateTime expiresAt, String notifyUrl) {
    }

    /** A refund of {@code refundFen} of the payment whose total is {@code paymentTotalFen}. */
    record RefundRequest(UUID paymentId, long refundFen, long paymentTotalFen, String reason) {
    }

    @POST
    @Path("payments")
    @Consumes(MediaType.APPLICATION_JSON)
    CreatedPayment create(PaymentRequest request);

    @GET
    @Path("payments/{paymentId}")
    ProviderPayment query(@PathParam("paymentId") UUID paymentId);

    @POST
    @Path("payments/{paymentId}/close")
    ProviderPayment close(@PathParam("paymentId") UUID paymentId);

    @PUT
    @Path("refunds/{refundId}")
    @Consumes(MediaType.APPLICATION_JSON)
    ProviderRefund refund(@PathParam("refundId") UUID refundId, RefundRequest request);
}
