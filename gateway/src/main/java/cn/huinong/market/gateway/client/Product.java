package cn.huinong.market.gateway.client;

import java.util.List;
import java.util.UUID;

/** A product as catalog shows it to buyers, with its SKUs. */
public record Product(UUID id, UUID shopId, UUID categoryId, String nameZh, String nameEn, String descriptionZh,
        String descriptionEn, String status, boolean halal, List<Sku> skus) implements Named {

    public record Sku(UUID id, String nameZh, String nameEn, String unit, int netWeightG, int packedWeightG,
            String temperatureClass, long priceFen, String currency, boolean active) implements Named {
    }
}
