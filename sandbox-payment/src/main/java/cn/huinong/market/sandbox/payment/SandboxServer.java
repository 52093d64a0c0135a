package cn.huinong.market.sandbox.payment;

import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.common.signature.NotificationForm;
import cn.huinong.market.common.signature.RsaSignatures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The sandbox provider's books in its own tables. Every method runs in a transaction of its own, so what one call
 * did is committed when it answers. "Now" comes from the injected {@link Clock}, so tests move time.
 */
@ApplicationScoped
public class SandboxServer {

    private static final Logger LOG = Logger.getLogger(SandboxServer.class);
    private static final String WHAT = "sandbox payment";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd")
            .withZone(NotificationForm.CHINA);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Failure reasons of refused refunds (stable codes, like a provider's sub_code). */
    public static final String PAYMENT_NOT_FOUND = "PAYMENT_NOT_FOUND";
    public static final String PAYMENT_NOT_PAID = "PAYMENT_NOT_PAID";
    public static final String TOTAL_MISMATCH = "TOTAL_MISMATCH";
    public static final String INVALID_AMOUNT = "INVALID_AMOUNT";
    public static final String EXCEEDS_REFUNDABLE = "EXCEEDS_REFUNDABLE";

    @Inject EntityManager em;

    @Inject SandboxConfig config;

    @Inject Clock clock;

    @Inject SandboxKeys keys;

    /** The outcome of a buyer's payment: the payment now, and the notification to deliver when one was created. */
    public record Paid(SandboxPayment payment, String newNotifyId) {
    }

    /** A notification claimed for one automatic delivery. */
    public record Claim(String notifyId, String body, String url, int attemptsBefore) {
    }

    @Transactional(TxType.REQUIRES_NEW)
    public CreatedPaymentView create(PaymentCreateRequest order) {
        if (order == null || order.paymentId() == null) {
            throw ProblemException.invalidField("paymentId", "detail.sandbox-pay.required");
        }
        SandboxPayment existing = byPaymentId(order.paymentId(), false);
        if (existing == null) {
            validateNew(order);
            OffsetDateTime now = now();
            // Two creates of one payment may race: the unique payment_id decides, the loser reads the winner's row.
            em.createNativeQuery("""
                    INSERT INTO sandbox_payment (provider_payment_id, payment_id, amount_fen, currency, subject, status,
                                                 expires_at, created_at, notify_url, refunded_fen, version)
                    VALUES (?1, ?2, ?3, ?4, ?5, 'WAITING', ?6, ?7, ?8, 0, 0)
                    ON CONFLICT (payment_id) DO NOTHING""")
                    .setParameter(1, newId("SBX", now))
                    .setParameter(2, order.paymentId())
                    .setParameter(3, order.amountFen())
                    .setParameter(4, order.currency())
                    .setParameter(5, order.subject().strip())
                    // PostgreSQL keeps microseconds and would round a finer deadline up, past the instant asked for
                    .setParameter(6, order.expiresAt().withOffsetSameInstant(ZoneOffset.UTC)
                            .truncatedTo(ChronoUnit.MICROS))
                    .setParameter(7, now)
                    .setParameter(8, order.notifyUrl().strip())
                    .executeUpdate();
            existing = byPaymentId(order.paymentId(), false);
        }
        if (existing.amountFen != order.amountFen() || !existing.currency.equals(order.currency())) {
            throw ProblemException.conflict("detail.sandbox-pay.payment-mismatch", order.paymentId());
        }
        return new CreatedPaymentView(existing.providerPaymentId, payUrl(existing.providerPaymentId));
    }

    public String payUrl(String providerPaymentId) {
        String base = config.publicUrl();
        return (base.endsWith("/") ? base : base + "/") + providerPaymentId;
    }

    @Transactional(TxType.REQUIRES_NEW)
    public PaymentView query(UUID paymentId) {
        SandboxPayment payment = byPaymentId(paymentId, false);
        if (payment == null) {
            throw ProblemException.notFound(WHAT, paymentId);
        }
        return view(payment, now());
    }

    @Transactional(TxType.REQUIRES_NEW)
    public PaymentView close(UUID paymentId) {
        SandboxPayment payment = byPaymentId(paymentId, true);
        if (payment == null) {
            throw ProblemException.notFound(WHAT, paymentId);
        }
        if (payment.status == PaymentStatus.WAITING) {
            payment.status = PaymentStatus.CLOSED;
            payment.closedAt = now();
        }
        return view(payment, now());
    }

    /** The cashier page's read. */
    @Transactional(TxType.REQUIRES_NEW)
    public SandboxPayment find(String providerPaymentId) {
        SandboxPayment payment = em.find(SandboxPayment.class, providerPaymentId);
        if (payment == null) {
            throw ProblemException.notFound(WHAT, providerPaymentId);
        }
        return payment;
    }

    /**
     * The buyer pays on the cashier page. Paying a paid payment changes nothing; a closed or expired one is a 409.
     * The first payment creates the signed notification, delivered after this transaction commits.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public Paid pay(String providerPaymentId, String payer) {
        SandboxPayment payment = em.find(SandboxPayment.class, providerPaymentId, LockModeType.PESSIMISTIC_WRITE);
        if (payment == null) {
            throw ProblemException.notFound(WHAT, providerPaymentId);
        }
        OffsetDateTime now = now();
        if (payment.status == PaymentStatus.PAID) {
            return new Paid(payment, null);
        }
        if (payment.status == PaymentStatus.CLOSED) {
            throw ProblemException.conflict("detail.sandbox-pay.closed", providerPaymentId);
        }
        if (!now.isBefore(payment.expiresAt)) {
            throw ProblemException.conflict("detail.sandbox-pay.expired", providerPaymentId,
                    NotificationForm.time(payment.expiresAt));
        }
        payment.status = PaymentStatus.PAID;
        payment.paidAt = now.truncatedTo(ChronoUnit.SECONDS);
        payment.paidBy = payer;

        SandboxNotification notification = new SandboxNotification();
        notification.notifyId = UUID.randomUUID().toString().replace("-", "");
        notification.providerPaymentId = payment.providerPaymentId;
        notification.tradeStatus = NotificationForm.TRADE_SUCCESS;
        notification.body = NotificationForm.encode(signedNotification(notification.notifyId, payment, now));
        notification.status = SandboxNotification.Status.PENDING;
        notification.attempts = 0;
        notification.nextAttemptAt = now;
        notification.createdAt = now;
        em.persist(notification);
        return new Paid(payment, notification.notifyId);
    }

    private Map<String, String> signedNotification(String notifyId, SandboxPayment payment, OffsetDateTime now) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put(NotificationForm.NOTIFY_ID, notifyId);
        params.put(NotificationForm.NOTIFY_TIME, NotificationForm.time(now));
        params.put(NotificationForm.NOTIFY_TYPE, NotificationForm.TYPE_TRADE_STATUS_SYNC);
        params.put(NotificationForm.OUT_TRADE_NO, payment.paymentId.toString());
        params.put(NotificationForm.TRADE_NO, payment.providerPaymentId);
        params.put(NotificationForm.TRADE_STATUS, NotificationForm.TRADE_SUCCESS);
        params.put(NotificationForm.TOTAL_FEE, Long.toString(payment.amountFen));
        params.put(NotificationForm.CURRENCY, payment.currency);
        params.put(NotificationForm.SUBJECT, payment.subject);
        params.put(NotificationForm.GMT_PAYMENT, NotificationForm.time(payment.paidAt));
        params.put(NotificationForm.CHARSET, "utf-8");
        params.put(RsaSignatures.SIGN_TYPE, RsaSignatures.RSA2);
        params.put(RsaSignatures.SIGN, RsaSignatures.sign(params, keys.providerPrivateKey()));
        return params;
    }

    @Transactional(TxType.REQUIRES_NEW)
    public RefundView refund(UUID refundId, RefundRequest order) {
        if (refundId == null || order == null || order.paymentId() == null) {
            throw ProblemException.invalidField(refundId == null ? "refundId" : "paymentId",
                    "detail.sandbox-pay.required");
        }
        // The payment's row lock serialises refunds of one payment: the cumulative check cannot be raced.
        SandboxPayment payment = byPaymentId(order.paymentId(), true);
        SandboxRefund refund = em.find(SandboxRefund.class, refundId);
        if (refund != null && refund.status == RefundStatus.SUCCEEDED) {
            if (!refund.paymentId.equals(order.paymentId()) || refund.refundFen != order.refundFen()) {
                throw ProblemException.conflict("detail.sandbox-pay.refund-mismatch", refundId);
            }
            return view(refund);
        }
        String failure = refusal(payment, order);
        OffsetDateTime now = now();
        boolean fresh = refund == null;
        if (fresh) {
            refund = new SandboxRefund();
            refund.refundId = refundId;
            refund.createdAt = now;
        }
        // A refused refund changed nothing: asking again with the same id decides again on the current state.
        refund.paymentId = order.paymentId();
        refund.refundFen = order.refundFen();
        refund.paymentTotalFen = order.paymentTotalFen();
        refund.reason = order.reason() == null ? null : truncate(order.reason().strip(), 500);
        refund.updatedAt = now;
        if (failure != null) {
            refund.status = RefundStatus.FAILED;
            refund.failureReason = failure;
            refund.providerRefundId = null;
        } else {
            refund.status = RefundStatus.SUCCEEDED;
            refund.failureReason = null;
            refund.providerRefundId = newId("SBR", now);
            payment.refundedFen += order.refundFen();
        }
        if (fresh) {
            em.persist(refund);
        }
        em.flush();
        return view(refund);
    }

    private static String refusal(SandboxPayment payment, RefundRequest order) {
        if (payment == null) {
            return PAYMENT_NOT_FOUND;
        }
        if (payment.status != PaymentStatus.PAID) {
            return PAYMENT_NOT_PAID;
        }
        if (order.paymentTotalFen() != payment.amountFen) {
            return TOTAL_MISMATCH;
        }
        if (order.refundFen() <= 0) {
            return INVALID_AMOUNT;
        }
        if (order.refundFen() > payment.amountFen - payment.refundedFen) {
            return EXCEEDS_REFUNDABLE;
        }
        return null;
    }

    // ---- notifications -------------------------------------------------------------------------------------------

    /** Notification ids due for an automatic delivery now. */
    @Transactional(TxType.REQUIRES_NEW)
    public List<String> due(int limit) {
        return em.createQuery("select n.notifyId from SandboxNotification n where n.status = :pending "
                + "and n.nextAttemptAt <= :now order by n.nextAttemptAt", String.class)
                .setParameter("pending", SandboxNotification.Status.PENDING)
                .setParameter("now", now())
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Takes a due notification for one delivery by pushing its next attempt past the delivery's longest duration,
     * so the sweeper or another instance does not send it at the same time. Empty when it is not due (any more).
     */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<Claim> claim(String notifyId, Duration lease) {
        OffsetDateTime now = now();
        int claimed = em.createQuery("update SandboxNotification n set n.nextAttemptAt = :until "
                + "where n.notifyId = :id and n.status = :pending and n.nextAttemptAt <= :now")
                .setParameter("until", now.plus(lease))
                .setParameter("id", notifyId)
                .setParameter("pending", SandboxNotification.Status.PENDING)
                // a timer may fire a hair before the stored instant
                .setParameter("now", now.plusNanos(50_000_000))
                .executeUpdate();
        if (claimed == 0) {
            return Optional.empty();
        }
        SandboxNotification n = em.find(SandboxNotification.class, notifyId);
        return Optional.of(new Claim(n.notifyId, n.body, find(n.providerPaymentId).notifyUrl, n.attempts));
    }

    /**
     * Records an automatic delivery and decides what comes next: nothing (acknowledged, or given up after the last
     * retry delay) or a redelivery after the returned delay.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<Duration> recordAutomatic(DeliveryResult result) {
        SandboxNotification n = em.find(SandboxNotification.class, result.notifyId(), LockModeType.PESSIMISTIC_WRITE);
        if (n == null) {
            return Optional.empty();
        }
        persistAttempt(result);
        n.attempts++;
        if (n.status != SandboxNotification.Status.PENDING) {
            return Optional.empty();
        }
        OffsetDateTime now = now();
        if (result.acknowledged()) {
            n.status = SandboxNotification.Status.ACKNOWLEDGED;
            n.acknowledgedAt = now;
            n.nextAttemptAt = null;
            return Optional.empty();
        }
        List<Duration> delays = config.retryDelays();
        if (n.attempts > delays.size()) {
            n.status = SandboxNotification.Status.GAVE_UP;
            n.gaveUpAt = now;
            n.nextAttemptAt = null;
            LOG.warnf("Sandbox notification %s for %s gave up after %d unacknowledged deliveries", n.notifyId,
                    n.providerPaymentId, n.attempts);
            return Optional.empty();
        }
        Duration next = delays.get(n.attempts - 1);
        n.nextAttemptAt = now.plus(next);
        return Optional.of(next);
    }

    /** Records a delivery an operator asked for; an acknowledgement ends the automatic redeliveries. */
    @Transactional(TxType.REQUIRES_NEW)
    public void recordManual(DeliveryResult result) {
        SandboxNotification n = em.find(SandboxNotification.class, result.notifyId(), LockModeType.PESSIMISTIC_WRITE);
        if (n == null) {
            return;
        }
        persistAttempt(result);
        if (result.acknowledged() && n.status != SandboxNotification.Status.ACKNOWLEDGED) {
            n.status = SandboxNotification.Status.ACKNOWLEDGED;
            n.acknowledgedAt = now();
            n.nextAttemptAt = null;
        }
    }

    /** The payment's success notification, for manual redelivery; 409 while the payment is not paid. */
    @Transactional(TxType.REQUIRES_NEW)
    public SandboxNotification notificationOf(String providerPaymentId) {
        find(providerPaymentId);
        return em.createQuery("from SandboxNotification n where n.providerPaymentId = :id order by n.createdAt",
                SandboxNotification.class)
                .setParameter("id", providerPaymentId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> ProblemException.conflict("detail.sandbox-pay.no-notification", providerPaymentId));
    }

    /** Where the merchant asked this payment's notifications to go. */
    @Transactional(TxType.REQUIRES_NEW)
    public String notifyUrlOf(String providerPaymentId) {
        return find(providerPaymentId).notifyUrl;
    }

    @Transactional(TxType.REQUIRES_NEW)
    public List<SandboxNotification> notifications(String providerPaymentId) {
        find(providerPaymentId);
        return em.createQuery("from SandboxNotification n where n.providerPaymentId = :id order by n.createdAt",
                SandboxNotification.class)
                .setParameter("id", providerPaymentId)
                .getResultList();
    }

    @Transactional(TxType.REQUIRES_NEW)
    public List<SandboxNotificationAttempt> attempts(String notifyId) {
        return em.createQuery("from SandboxNotificationAttempt a where a.notifyId = :id order by a.id",
                SandboxNotificationAttempt.class)
                .setParameter("id", notifyId)
                .getResultList();
    }

    private void persistAttempt(DeliveryResult result) {
        SandboxNotificationAttempt attempt = new SandboxNotificationAttempt();
        attempt.notifyId = result.notifyId();
        attempt.attemptedAt = result.attemptedAt();
        attempt.url = truncate(result.url(), 500);
        attempt.httpStatus = result.httpStatus();
        attempt.acknowledged = result.acknowledged();
        attempt.manual = result.manual();
        attempt.durationMs = result.durationMs();
        attempt.error = result.error() == null ? null : truncate(result.error(), 500);
        em.persist(attempt);
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    private void validateNew(PaymentCreateRequest order) {
        if (order.amountFen() <= 0) {
            throw ProblemException.invalidField("amountFen", "detail.sandbox-pay.amount-positive");
        }
        if (order.currency() == null || !order.currency().matches("[A-Z]{3}")) {
            throw ProblemException.invalidField("currency", "detail.sandbox-pay.currency");
        }
        if (order.subject() == null || order.subject().isBlank() || order.subject().strip().length() > 256) {
            throw ProblemException.invalidField("subject", "detail.sandbox-pay.subject");
        }
        if (order.expiresAt() == null || !order.expiresAt().isAfter(now())) {
            throw ProblemException.invalidField("expiresAt", "detail.sandbox-pay.expires-future");
        }
        if (!isHttpUrl(order.notifyUrl())) {
            throw ProblemException.invalidField("notifyUrl", "detail.sandbox-pay.notify-url");
        }
    }

    private SandboxPayment byPaymentId(UUID paymentId, boolean lock) {
        var query = em.createQuery("from SandboxPayment p where p.paymentId = :id", SandboxPayment.class)
                .setParameter("id", paymentId);
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst().orElse(null);
    }

    private static boolean isHttpUrl(String url) {
        if (url == null || url.isBlank() || url.strip().length() > 500) {
            return false;
        }
        try {
            java.net.URI uri = java.net.URI.create(url.strip());
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static PaymentView view(SandboxPayment p, OffsetDateTime now) {
        return new PaymentView(p.paymentId, p.providerPaymentId, p.effectiveStatus(now), p.amountFen, p.paidAt);
    }

    private static RefundView view(SandboxRefund r) {
        return new RefundView(r.refundId, r.providerRefundId, r.status, r.refundFen, r.failureReason);
    }

    /** Provider-style ids: a prefix, the day in Beijing time and 16 random digits. */
    private static String newId(String prefix, OffsetDateTime now) {
        StringBuilder id = new StringBuilder(prefix).append(DAY.format(now));
        for (int i = 0; i < 16; i++) {
            id.append(RANDOM.nextInt(10));
        }
        return id.toString();
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
