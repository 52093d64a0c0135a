package cn.huinong.market.orders.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.UUID;

/** What checkout reads of a SKU from catalog-service (its own copy of the fields it needs). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CatalogSku(UUID skuId, UUID productId, UUID shopId, String shopNameZh, String productNameZh,
        String productNameEn, String skuNameZh, String skuNameEn, String unit, long priceFen,
        String currency, int packedWeightG, String temperatureClass, boolean sellable,
        String notSellableReason, String shopOwnerSub, String shopSupportStatus) {

    public boolean coldChain() {
        return temperatureClass != null && !"AMBIENT".equals(temperatureClass);
    }

    public boolean supportedShop() {
        return shopSupportStatus != null && !"NONE".equals(shopSupportStatus);
    }
}
