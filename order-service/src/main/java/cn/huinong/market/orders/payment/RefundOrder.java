package cn.huinong.market.orders.payment;

import java.util.UUID;

/**
 * A refund we ask for: our refund id (idempotency key, the provider's out_refund_no), the payment, the amount to
 * give back now and the payment's total (the provider checks it, like WeChat Pay's total_fee).
 */
public record RefundOrder(UUID refundId, UUID paymentId, long refundFen, long paymentTotalFen, String reason) {
}
