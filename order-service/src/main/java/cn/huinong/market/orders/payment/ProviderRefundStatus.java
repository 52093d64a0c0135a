package cn.huinong.market.orders.payment;

public enum ProviderRefundStatus {
    SUCCEEDED, FAILED
}
