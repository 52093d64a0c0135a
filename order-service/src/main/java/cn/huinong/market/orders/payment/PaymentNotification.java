package cn.huinong.market.orders.payment;

import java.time.OffsetDateTime;
import java.util.UUID;

public record PaymentNotification(String notificationId, UUID paymentId, String providerPaymentId, ProviderPaymentStatus status, long amountFen, OffsetDateTime paidAt) {
}
