package cn.huinong.market.sandbox.payment;

/** A payment in the provider's books. An unpaid payment past its deadline is reported {@code CLOSED}. */
public enum PaymentStatus {
    WAITING, PAID, CLOSED
}
