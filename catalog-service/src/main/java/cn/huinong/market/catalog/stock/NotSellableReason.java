package cn.huinong.market.catalog.stock;

/** Why a SKU cannot be sold right now, in the order {@link SellableRule} checks them. */
public enum NotSellableReason {

    UNKNOWN_SKU,
    SHOP_NOT_APPROVED,
    PRODUCT_NOT_APPROVED,
    SKU_INACTIVE,
    /** Chilled or frozen, and the seller has not confirmed the stock recently enough. */
    STOCK_UNCONFIRMED,
    OUT_OF_STOCK;

    /** The key of its human-readable text in huinong-messages. */
    public String messageKey() {
        return "reason." + name();
    }
}
