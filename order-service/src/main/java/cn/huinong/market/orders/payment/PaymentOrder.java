package cn.huinong.market.orders.payment;

import java.time.OffsetDateTime;
import java.util.UUID;

public record PaymentOrder(UUID paymentId, long amountFen, String currency, String subject, OffsetDateTime expiresAt) {
}
