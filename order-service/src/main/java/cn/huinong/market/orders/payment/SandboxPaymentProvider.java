package cn.huinong.market.orders.payment;

import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.common.problem.ProblemType;
import cn.huinong.market.orders.payment.sandbox.NotificationForm;
import cn.huinong.market.orders.payment.sandbox.RsaSignatures;
import cn.huinong.market.orders.payment.sandbox.SandboxKeys;
import cn.huinong.market.orders.payment.sandbox.SandboxNotifier;
import cn.huinong.market.orders.payment.sandbox.SandboxServer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The sandbox provider: behaves like Alipay / WeChat Pay (own books, a cashier page the buyer pays on, RSA2-signed
 * form notifications redelivered until acknowledged, query / close / refund), all inside order-service.
 * {@link #verify} is the merchant side: it holds only the provider's public key.
 */
@ApplicationScoped
public class SandboxPaymentProvider implements PaymentProvider {

    public static final String NAME = "sandbox";

    @Inject SandboxServer server;

    @Inject SandboxKeys keys;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CreatedPayment create(PaymentOrder order) {
        return server.create(order);
    }

    @Override
    public ProviderPayment query(UUID paymentId) {
        return server.query(paymentId);
    }

    @Override
    public ProviderPayment close(UUID paymentId) {
        return server.close(paymentId);
    }

    @Override
    public ProviderRefund refund(RefundOrder refund) {
        return server.refund(refund);
    }

    @Override
    public PaymentNotification verify(MultivaluedMap<String, String> form) {
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

    @Override
    public String acknowledgement() {
        return SandboxNotifier.acknowledgement();
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
