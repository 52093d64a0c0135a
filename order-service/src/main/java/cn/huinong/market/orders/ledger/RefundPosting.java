package cn.huinong.market.orders.ledger;

import java.util.UUID;

/**
 * What one refund posted: {@code refundFen} returned to the buyer (goods + shipping part) and
 * {@code commissionRefundFen} of platform commission given back to the seller. These are the figures the
 * ORDER_REFUNDED event carries.
 */
public record RefundPosting(UUID refundId, long refundFen, long commissionRefundFen) {
}
