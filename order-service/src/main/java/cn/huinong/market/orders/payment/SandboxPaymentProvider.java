package cn.huinong.market.orders.payment;

import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.common.problem.ProblemType;
import cn.huinong.market.common.signature.NotificationForm;
import cn.huinong.market.common.signature.RsaSignatures;
import cn.huinong.market.orders.client.RestCalls;
import cn.huinong.market.orders.payment.sandbox.NotifyUrl;
import cn.huinong.market.orders.payment.sandbox.SandboxKeys;
import cn.huinong.market.orders.payment.sandbox.SandboxPayApi;
import cn.huinong.market.orders.payment.sandbox.SandboxRefusal;
import cn.huinong.market.orders.payment.sandbox.SandboxUnavailable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The sandbox provider as order-service sees it: a remote server (module {@code sandbox-payment}, its own process
 * and database) reached over HTTP, and the merchant side of its notifications ({@link #verify}), which holds only
 * the provider's public key.
 *
 * <p>Every call is idempotent at the provider (create by our payment id, refund by our refund id, close and query by
 * nature), so each gets a timeout and is retried on a lost connection, a timeout or a 5xx; a 4xx is an answer and
 * never retried. What still fails comes out as {@link SandboxUnavailable}; 404 and 409 become the problems the
 * {@link PaymentProvider} contract names.
 */
@ApplicationScoped
public class SandboxPaymentProvider implements PaymentProvider {

    public static final String NAME = "sandbox";
    private static final String WHAT = "sandbox payment";

    @Inject
    @RestClient SandboxPayApi api;

    @Inject SandboxKeys keys;

    @Inject PaymentConfig config;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    @Timeout(value = 8, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = {ProblemException.class, SandboxRefusal.class})
    public CreatedPayment create(PaymentOrder order) {
        SandboxPayApi.PaymentRequest request = new SandboxPayApi.PaymentRequest(order.paymentId(), order.amountFen(),
                order.currency(), order.subject(), order.expiresAt(), NotifyUrl.resolve(config.sandbox().notifyUrl()));
        return call(() -> api.create(request), "detail.sandbox-pay.payment-mismatch", order.paymentId());
    }

    @Override
    @Timeout(value = 8, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = {ProblemException.class, SandboxRefusal.class})
    public ProviderPayment query(UUID paymentId) {
        return call(() -> api.query(paymentId), null, paymentId);
    }

    @Override
    @Timeout(value = 8, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = {ProblemException.class, SandboxRefusal.class})
    public ProviderPayment close(UUID paymentId) {
        return call(() -> api.close(paymentId), null, paymentId);
    }

    @Override
    @Timeout(value = 8, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = {ProblemException.class, SandboxRefusal.class})
    public ProviderRefund refund(RefundOrder refund) {
        SandboxPayApi.RefundRequest request = new SandboxPayApi.RefundRequest(refund.paymentId(), refund.refundFen(),
                refund.paymentTotalFen(), refund.reason());
        return call(() -> api.refund(refund.refundId(), request), "detail.sandbox-pay.refund-mismatch",
                refund.refundId());
    }

    /** One call to the provider, its failures translated: 404 and 409 to problems, other 4xx refused, else unavailable. */
    private static <T> T call(Supplier<T> request, String conflictKey, UUID id) {
        try {
            return RestCalls.call(request);
        } catch (RestCalls.ErrorStatus e) {
            int status = e.status();
            if (status == 404) {
                throw ProblemException.notFound(WHAT, id);
            }
            if (status == 409 && conflictKey != null) {
                throw ProblemException.conflict(conflictKey, id);
            }
            if (status >= 400 && status < 500) {
                throw new SandboxRefusal("the sandbox provider refused the request for " + id + " with " + status);
            }
            throw new SandboxUnavailable("the sandbox provider failed with " + status, e);
        } catch (RestCalls.Unreachable e) {
            throw new SandboxUnavailable("the sandbox provider cannot be reached: " + e.getMessage(), e);
        }
    }

    @Override
    public PaymentNotification verify(Map<String, List<String>> form) {
        if (form == null) {
            throw bad("detail.sandbox-pay.sign-missing");
        }
        Map<String, String> params = new HashMap<>();
        for (Map.Entry<String, List<String>> field : form.entrySet()) {
            List<String> values = field.getValue();
            if (values == null || values.isEmpty()) {
                continue;
            }
            if (values.size() > 1) {
                // a second value could slip past the signature check: the provider never repeats a field
                throw bad("detail.sandbox-pay.field-repeated", field.getKey());
            }
            params.put(field.getKey(), values.get(0));
        }
        String sign = params.get(RsaSignatures.SIGN);
        if (sign == null || sign.isBlank()) {
            throw bad("detail.sandbox-pay.sign-missing");
        }
        if (!RsaSignatures.RSA2.equals(params.get(RsaSignatures.SIGN_TYPE))) {
            throw bad("detail.sandbox-pay.sign-type", String.valueOf(params.get(RsaSignatures.SIGN_TYPE)));
        }
        if (!RsaSignatures.verify(params, sign.strip(), keys.providerPublicKey())) {
            throw bad("detail.sandbox-pay.sign-invalid");
        }
        String notifyId = required(params, NotificationForm.NOTIFY_ID);
        UUID paymentId = uuid(params, NotificationForm.OUT_TRADE_NO);
        String providerPaymentId = required(params, NotificationForm.TRADE_NO);
        ProviderPaymentStatus status = switch (required(params, NotificationForm.TRADE_STATUS)) {
            case NotificationForm.TRADE_SUCCESS, NotificationForm.TRADE_FINISHED -> ProviderPaymentStatus.PAID;
            case NotificationForm.TRADE_CLOSED -> ProviderPaymentStatus.CLOSED;
            case NotificationForm.WAIT_BUYER_PAY -> ProviderPaymentStatus.WAITING;
            default -> throw bad("detail.sandbox-pay.field-invalid", NotificationForm.TRADE_STATUS);
        };
        long amountFen = fen(params, NotificationForm.TOTAL_FEE);
        OffsetDateTime paidAt = status == ProviderPaymentStatus.PAID
                ? time(params, NotificationForm.GMT_PAYMENT)
                : null;
        return new PaymentNotification(notifyId, paymentId, providerPaymentId, status, amountFen, paidAt);
    }

    /** Alipay's: the provider redelivers until it reads exactly this. */
    @Override
    public String acknowledgement() {
        return "success";
    }

    private static String required(Map<String, String> params, String field) {
        String value = params.get(field);
        if (value == null || value.isBlank()) {
            throw bad("detail.sandbox-pay.field-missing", field);
        }
        return value;
    }

    private static UUID uuid(Map<String, String> params, String field) {
        try {
            return UUID.fromString(required(params, field));
        } catch (IllegalArgumentException e) {
            throw bad("detail.sandbox-pay.field-invalid", field);
        }
    }

    private static long fen(Map<String, String> params, String field) {
        String value = required(params, field);
        if (!value.matches("\\d{1,15}")) {
            throw bad("detail.sandbox-pay.field-invalid", field);
        }
        return Long.parseLong(value);
    }

    private static OffsetDateTime time(Map<String, String> params, String field) {
        try {
            return LocalDateTime.parse(required(params, field), NotificationForm.TIME)
                    .atZone(NotificationForm.CHINA).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw bad("detail.sandbox-pay.field-invalid", field);
        }
    }

    private static ProblemException bad(String key, Object... args) {
        return new ProblemException(ProblemType.BAD_REQUEST, key, args);
    }
}
