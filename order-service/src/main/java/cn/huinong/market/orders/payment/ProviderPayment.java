package cn.huinong.market.orders.payment;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The provider's state of one payment; {@code paidAt} is set only when {@code PAID} (whole seconds, UTC). */
public record ProviderPayment(UUID paymentId, String providerPaymentId, ProviderPaymentStatus status, long amountFen,
        OffsetDateTime paidAt) {
}
