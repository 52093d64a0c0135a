package cn.huinong.market.catalog.rest;

import cn.huinong.market.catalog.repository.TemperatureClass;
import java.util.UUID;

/**
 * What a checkout freezes of a SKU: names and price as the buyer saw them, the shop it is sold by, and what
 * shipping needs (packed weight and volume, cold chain).
 */
public record SkuSnapshot(UUID skuId, UUID productId, UUID shopId, String shopNameZh, String productNameZh,
                          String productNameEn, String skuNameZh, String skuNameEn, String unit, long priceFen,
                          String currency, int packedWeightG, int packedVolumeCm3, TemperatureClass temperatureClass,
                          boolean sellable, String notSellableReason) {
}
