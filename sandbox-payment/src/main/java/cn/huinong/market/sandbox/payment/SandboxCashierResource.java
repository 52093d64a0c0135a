package cn.huinong.market.sandbox.payment;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
 * they pay and pays it; operators and tests can look at and replay the notifications it sent. Its path keeps the
 * public shape pay URLs always had: the gateway routes {@code /api/orders/sandbox-pay} to this process.
 *
 * <p>No login: like a payment link, whoever has it may pay (no money moves). The payer named in the optional
 * {@code X-Sandbox-Payer} header is recorded; replaying notifications only resends what was already signed.
 */
@Path("/api/orders/sandbox-pay/{providerPaymentId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sandbox payment provider")
public class SandboxCashierResource {

    @Inject SandboxServer server;

    @Inject SandboxNotifier notifier;

    /** Who paid, when the caller says so; otherwise the payment is recorded as paid by "anonymous". */
    static final String PAYER = "X-Sandbox-Payer";

    public record CashierView(String providerPaymentId, String subject, long amountFen, String currency,
            PaymentStatus status, OffsetDateTime expiresAt, OffsetDateTime paidAt) {

        static CashierView of(SandboxPayment p, OffsetDateTime now) {
            return new CashierView(p.providerPaymentId, p.subject, p.amountFen, p.currency, p.effectiveStatus(now),
                    p.expiresAt, p.paidAt);
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

    /** {@code body} is the exact signed form every delivery sends (for tests and operators to replay by hand). */
    public record NotificationView(String notifyId, String tradeStatus, SandboxNotification.Status status,
            int automaticAttempts, OffsetDateTime nextAttemptAt, OffsetDateTime acknowledgedAt,
            OffsetDateTime gaveUpAt, String body, List<DeliveryView> deliveries) {
    }

    @GET
    @Operation(summary = "What the buyer is asked to pay: subject, amount in fen, currency, status, deadline")
    public CashierView get(@PathParam("providerPaymentId") String providerPaymentId) {
        return CashierView.of(server.find(providerPaymentId), server.now());
    }

    @POST
    @Path("pay")
    @Operation(summary = "The buyer pays (sandbox: no money moves). Paying a paid payment changes nothing; a closed "
            + "or expired one is a 409. The signed notification goes to the merchant asynchronously.")
    public CashierView pay(@PathParam("providerPaymentId") String providerPaymentId,
            @HeaderParam(PAYER) String payer) {
        String paidBy = payer == null || payer.isBlank() ? "anonymous"
                : payer.strip().substring(0, Math.min(255, payer.strip().length()));
        SandboxServer.Paid paid = server.pay(providerPaymentId, paidBy);
        if (paid.newNotifyId() != null) {
            // committed: now the provider tells the merchant, on another thread, as a real provider would
            notifier.deliverLater(paid.newNotifyId(), java.time.Duration.ZERO);
        }
        return CashierView.of(paid.payment(), server.now());
    }

    @POST
    @Path("notifications")
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
    @Operation(summary = "The payment's notifications with every delivery attempt and the merchant's answers")
    public List<NotificationView> notifications(@PathParam("providerPaymentId") String providerPaymentId) {
        return server.notifications(providerPaymentId).stream()
                .map(n -> new NotificationView(n.notifyId, n.tradeStatus, n.status, n.attempts, n.nextAttemptAt,
                        n.acknowledgedAt, n.gaveUpAt, n.body,
                        server.attempts(n.notifyId).stream().map(DeliveryView::of).toList()))
                .toList();
    }
}
