package cn.huinong.market.orders.payment;

import java.time.OffsetDateTime;
import java.util.UUID;

public record ProviderRefund(UUID refundId, String providerRefundId, ProviderRefundStatus status, long refundFen, String failureReason) {
}
