package cn.huinong.market.orders.payment;

/** PENDING until the provider answers; a refused (FAILED) refund an operator sent again becomes RETRIED. */
public enum RefundStatus {
    PENDING, SUCCEEDED, FAILED, RETRIED
}
