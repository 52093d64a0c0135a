package cn.huinong.market.catalog.search;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One product in a buyer's search result.
 *
 * @param minPriceFen  the price of the cheapest SKU that can be sold now, in fen; null when none can
 * @param inStock      at least one SKU can be sold now (active, stock left after reservations, and for chilled or
 *                     frozen SKUs a recently confirmed count)
 * @param halal        a valid halal certificate of the shop covers the product's category today
 * @param supportLabel show the "助农" label: the shop is a supported household or trainee and agreed to show it
 */
public record SearchHit(UUID id, String nameZh, String nameEn, UUID shopId, String shopNameZh, String shopNameEn,
        String countyCode, String countyName, UUID categoryId, String categoryNameZh,
        String categoryNameEn, Long minPriceFen, String currency, boolean inStock, boolean halal,
        boolean supportLabel, OffsetDateTime publishedAt) {
}
