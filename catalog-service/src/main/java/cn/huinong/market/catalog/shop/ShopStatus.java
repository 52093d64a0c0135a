package cn.huinong.market.catalog.repository;

public enum ShopStatus {
    APPLIED, UNDER_REVIEW, APPROVED, REJECTED, SUSPENDED
}
