package cn.huinong.market.sandbox.payment;

import java.util.UUID;

/** The provider's answer to a refund; {@code providerRefundId} is null and {@code failureReason} set when FAILED. */
public record RefundView(UUID refundId, String providerRefundId, RefundStatus status, long refundFen,
        String failureReason) {
}
