package cn.huinong.market.sandbox.payment;

import java.util.UUID;

/**
 * A refund the merchant asks for (its id, the provider's out_refund_no, is in the path): the payment, the amount to
 * give back now and the payment's total (checked, like WeChat Pay's total_fee).
 */
public record RefundRequest(UUID paymentId, long refundFen, long paymentTotalFen, String reason) {
}
