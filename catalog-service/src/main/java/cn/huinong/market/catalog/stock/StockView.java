package cn.huinong.market.catalog.stock;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Stock of a SKU as its seller sees it. {@code available} = onHand − reserved; {@code sellable} applies the
 * whole selling rule (approval, perishable confirmation, stock), and when false {@code notSellableReason} says why
 * (code for programs, {@code notSellableDetail} for people).
 */
public record StockView(UUID skuId, int onHand, int reserved, int available, OffsetDateTime stockConfirmedAt,
        boolean sellable, String notSellableReason, String notSellableDetail, long version,
        OffsetDateTime updatedAt) {
}
