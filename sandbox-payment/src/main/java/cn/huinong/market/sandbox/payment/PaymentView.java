package cn.huinong.market.sandbox.payment;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The provider's state of one payment; {@code paidAt} is set only when {@code PAID} (whole seconds, UTC). */
public record PaymentView(UUID paymentId, String providerPaymentId, PaymentStatus status, long amountFen,
        OffsetDateTime paidAt) {
}
