package cn.huinong.market.orders.payment;

import java.time.OffsetDateTime;
import java.util.UUID;

public record RefundOrder(UUID refundId, UUID paymentId, long refundFen, long paymentTotalFen, String reason) {
}
