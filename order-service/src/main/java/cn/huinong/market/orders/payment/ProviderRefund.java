package cn.huinong.market.orders.payment;

import java.util.UUID;

/** The provider's answer to a refund; {@code providerRefundId} is null and {@code failureReason} set when FAILED. */
public record ProviderRefund(UUID refundId, String providerRefundId, ProviderRefundStatus status, long refundFen,
        String failureReason) {
}
