package cn.huinong.market.orders.checkout;

/**
 * Where a checkout stands: waiting for the buyer to pay (its stock reserved), paid, or ended without payment
 * (the payment window passed, the buyer cancelled, or the payment could not be started).
 */
public enum CheckoutStatus {
    PENDING_PAYMENT, PAID, EXPIRED, CANCELLED, FAILED
}
