package cn.huinong.market.sandbox.payment;

public enum RefundStatus {
    SUCCEEDED, FAILED
}
