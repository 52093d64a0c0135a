package cn.huinong.market.catalog.product;

import cn.huinong.market.common.web.VersionedView;
import java.util.UUID;

public record SkuView(UUID id, UUID productId, String sellerCode, String nameZh, String nameEn, String unit,
        int netWeightG, int packedWeightG, int packedVolumeCm3, TemperatureClass temperatureClass,
        int shelfLifeDays, long priceFen, String currency, boolean active, long version) implements VersionedView {

    public static SkuView of(Sku s) {
        return new SkuView(s.id, s.productId, s.sellerCode, s.nameZh, s.nameEn, s.unit, s.netWeightG,
                s.packedWeightG, s.packedVolumeCm3, s.temperatureClass, s.shelfLifeDays, s.priceFen, s.currency,
                s.active, s.version);
    }
}
