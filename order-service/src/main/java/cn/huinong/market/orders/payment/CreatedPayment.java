package cn.huinong.market.orders.payment;

import java.time.OffsetDateTime;
import java.util.UUID;

public record CreatedPayment(String providerPaymentId, String payUrl) {
}
