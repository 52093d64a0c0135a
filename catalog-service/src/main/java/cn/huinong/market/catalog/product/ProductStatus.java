package cn.huinong.market.catalog.product;

public enum ProductStatus {
    DRAFT, PENDING_REVIEW, APPROVED, REJECTED, UNLISTED
}
