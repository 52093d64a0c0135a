package cn.huinong.market.orders.repository;

public enum RefundStatus {
    PENDING, SUCCEEDED, FAILED
}
