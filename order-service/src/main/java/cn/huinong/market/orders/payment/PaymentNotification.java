package cn.huinong.market.orders.payment;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A verified provider notification. {@code notificationId} is the same on every redelivery of one notification, so
 * the receiver can apply it once.
 */
public record PaymentNotification(String notificationId, UUID paymentId, String providerPaymentId,
        ProviderPaymentStatus status, long amountFen, OffsetDateTime paidAt) {
}
