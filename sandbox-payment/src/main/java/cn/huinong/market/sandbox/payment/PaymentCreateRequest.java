package cn.huinong.market.sandbox.payment;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A merchant asks for a payment: its own payment id (out_trade_no, the idempotency key), amount, subject, deadline,
 * and where the provider must send the payment's signed notifications (like Alipay's notify_url).
 */
public record PaymentCreateRequest(UUID paymentId, long amountFen, String currency, String subject,
        OffsetDateTime expiresAt, String notifyUrl) {
}
