package cn.huinong.market.orders.payment;

/** The provider's id of a created payment (trade_no) and the cashier page the buyer is sent to. */
public record CreatedPayment(String providerPaymentId, String payUrl) {
}
