package cn.huinong.market.orders.ledger;

import java.util.UUID;

public record RefundPosting(UUID refundId, long refundFen, long commissionRefundFen) {
}
