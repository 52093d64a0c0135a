package cn.huinong.market.catalog.stock;

import cn.huinong.market.catalog.product.TemperatureClass;
import cn.huinong.market.catalog.shop.SupportStatus;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;

/**
 * What a checkout freezes of a SKU: names and price as the buyer saw them, the shop it is sold by, and what
 * shipping needs (packed weight and volume, cold chain). The shop's owner and support status (which sets the
 * commission rate) are only filled in for {@code service} and {@code admin} callers.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SkuSnapshot(UUID skuId, UUID productId, UUID shopId, String shopNameZh, String productNameZh,
        String productNameEn, String skuNameZh, String skuNameEn, String unit, long priceFen,
        String currency, int packedWeightG, int packedVolumeCm3, TemperatureClass temperatureClass,
        boolean sellable, String notSellableReason, String shopOwnerSub,
        SupportStatus shopSupportStatus) {
}
