package cn.huinong.market.gateway.client;

import java.util.UUID;

/** One product in catalog search results. {@code minPriceFen} is null when nothing of it can be sold. */
public record SearchHit(UUID id, String nameZh, String nameEn, UUID shopId, String shopNameZh, String shopNameEn,
        String countyName, String categoryNameZh, String categoryNameEn, Long minPriceFen, boolean inStock,
        boolean halal, boolean supportLabel) implements Named {
}
