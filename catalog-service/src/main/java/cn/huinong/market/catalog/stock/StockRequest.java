package cn.huinong.market.catalog.stock;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A seller's count of what is on hand (reserved units included: they are still on the shelf). */
public record StockRequest(@NotNull @Min(0) @Max(1_000_000) Integer onHand) {
}
