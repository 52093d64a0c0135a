package cn.huinong.market.gateway.client;

import java.util.UUID;

/** What a cart line is now, from catalog: names, shop, price, weight, and whether it can be sold. */
public record SkuSnapshot(UUID skuId, UUID productId, UUID shopId, String shopNameZh, String productNameZh,
        String productNameEn, String skuNameZh, String skuNameEn, String unit, long priceFen, String currency,
        int packedWeightG, String temperatureClass, boolean sellable) {
}
