package cn.huinong.market.orders.payment;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Where the payment provider tells us a payment happened. No token: the provider signs the notification and
 * {@link PaymentProvider#verify} checks it. We answer the acknowledgement only once the payment is applied, so a
 * provider that does not hear it delivers again — and applying twice changes nothing.
 */
@Path("/api/orders/payments/notifications/sandbox")
@Tag(name = "Payments")
public class PaymentNotificationResource {

    @Inject PaymentProvider provider;

    @Inject PaymentReceiver receiver;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "Signed asynchronous payment notification of the sandbox provider (400 if the signature "
            + "is bad)")
    public String notify(MultivaluedMap<String, String> form) {
        PaymentNotification notification = provider.verify(form);
        receiver.received(notification);
        return provider.acknowledgement();
    }
}
