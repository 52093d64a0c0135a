package cn.huinong.market.orders.payment.sandbox;

import cn.huinong.market.common.security.Callers;
import cn.huinong.market.orders.payment.ProviderPaymentStatus;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The sandbox provider's cashier page (what Alipay's or WeChat Pay's page is in production): the buyer sees what
 * they pay and pays it; operators and tests can look at and replay the notifications it sent.
 */
@Path("/api/orders/sandbox-pay/{providerPaymentId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sandbox payment provider")
public class SandboxCashierResource {

    @Inject SandboxServer server;

    @Inject SandboxNotifier notifier;

    @Inject SecurityIdentity identity;

    public record CashierView(String providerPaymentId, String subject, long amountFen, String currency,
            ProviderPaymentStatus status, OffsetDateTime expiresAt, OffsetDateTime paidAt) {

        static CashierView of(SandboxPayment p) {
            return new CashierView(p.providerPaymentId, p.subject, p.amountFen, p.currency,
                    p.effectiveStatus(SandboxServer.now()), p.expiresAt, p.paidAt);
        }
    }

    public record DeliveryView(OffsetDateTime attemptedAt, String url, Integer httpStatus, boolean acknowledged,
            boolean manual, long durationMs, String error) {

        static DeliveryView of(DeliveryResult r) {
            return new DeliveryView(r.attemptedAt(), r.url(), r.httpStatus(), r.acknowledged(), r.manual(),
                    r.durationMs(), r.error());
        }

        static DeliveryView of(SandboxNotificationAttempt a) {
            return new DeliveryView(a.attemptedAt, a.url, a.httpStatus, a.acknowledged, a.manual, a.durationMs,
                    a.error);
        }
    }

    public record ManualDeliveries(String notifyId, int delivered, int acknowledged, List<DeliveryView> deliveries) {
    }

    public record NotificationView(String notifyId, String tradeStatus, SandboxNotification.Status status,
            int automaticAttempts, OffsetDateTime nextAttemptAt, OffsetDateTime acknowledgedAt,
            OffsetDateTime gaveUpAt, List<DeliveryView> deliveries) {
    }

    @GET
    @Authenticated
    @Operation(summary = "What the buyer is asked to pay: subject, amount in fen, currency, status, deadline")
    public CashierView get(@PathParam("providerPaymentId") String providerPaymentId) {
        return CashierView.of(server.find(providerPaymentId));
    }

    @POST
    @Path("pay")
    @RolesAllowed({"buyer", "admin", "service"})
    @Operation(summary = "The buyer pays (sandbox: no money moves). Paying a paid payment changes nothing; a closed "
            + "or expired one is a 409. The signed notification goes to the merchant asynchronously.")
    public CashierView pay(@PathParam("providerPaymentId") String providerPaymentId) {
        SandboxServer.Paid paid = server.pay(providerPaymentId, Callers.subjectOrAnonymous(identity));
        if (paid.newNotifyId() != null) {
            // committed: now the provider tells the merchant, on another thread, as a real provider would
            notifier.deliverLater(paid.newNotifyId(), java.time.Duration.ZERO);
        }
        return CashierView.of(paid.payment());
    }

    @POST
    @Path("notifications")
    @RolesAllowed({"admin", "service"})
    @Operation(summary = "Deliver the payment's notification N more times now, identical (same notify_id and "
            + "signature); returns each delivery's result")
    public ManualDeliveries redeliver(@PathParam("providerPaymentId") String providerPaymentId,
            @QueryParam("times") @DefaultValue("1") @Min(1) @Max(20) int times) {
        List<DeliveryResult> results = notifier.deliverNow(providerPaymentId, times);
        return new ManualDeliveries(results.isEmpty() ? null : results.get(0).notifyId(), results.size(),
                (int) results.stream().filter(DeliveryResult::acknowledged).count(),
                results.stream().map(DeliveryView::of).toList());
    }

    @GET
    @Path("notifications")
    @RolesAllowed({"admin", "service"})
    @Operation(summary = "The payment's notifications with every delivery attempt and the merchant's answers")
    public List<NotificationView> notifications(@PathParam("providerPaymentId") String providerPaymentId) {
        return server.notifications(providerPaymentId).stream()
                .map(n -> new NotificationView(n.notifyId, n.tradeStatus, n.status, n.attempts, n.nextAttemptAt,
                        n.acknowledgedAt, n.gaveUpAt,
                        server.attempts(n.notifyId).stream().map(DeliveryView::of).toList()))
                .toList();
    }
}
