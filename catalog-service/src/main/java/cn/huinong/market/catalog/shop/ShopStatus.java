package cn.huinong.market.catalog.shop;

public enum ShopStatus {
    APPLIED, UNDER_REVIEW, APPROVED, REJECTED, SUSPENDED
}
