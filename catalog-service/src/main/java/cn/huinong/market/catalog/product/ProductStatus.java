package cn.huinong.market.catalog.repository;

public enum ProductStatus {
    DRAFT, PENDING_REVIEW, APPROVED, REJECTED, UNLISTED
}
