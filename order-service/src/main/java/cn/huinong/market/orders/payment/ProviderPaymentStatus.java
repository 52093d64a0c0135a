package cn.huinong.market.orders.payment;

/** A payment as the provider sees it. An unpaid payment past its deadline is {@code CLOSED}. */
public enum ProviderPaymentStatus {
    WAITING, PAID, CLOSED
}
