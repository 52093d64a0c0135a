package cn.huinong.market.sandbox.payment;

/** The provider's id of a created payment (trade_no) and the cashier page the buyer is sent to. */
public record CreatedPaymentView(String providerPaymentId, String payUrl) {
}
