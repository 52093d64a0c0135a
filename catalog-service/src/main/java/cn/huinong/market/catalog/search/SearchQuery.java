package cn.huinong.market.catalog.search;

import java.util.UUID;

/**
 * A validated buyer search. Null filters are not applied.
 *
 * @param text        what the buyer typed (≤ 100 chars), or null to browse
 * @param categoryId  only products in this category or any category below it
 * @param countyCode  only products of shops in this county (6-digit administrative code)
 * @param halal       only products whose halal flag (computed now) is this value
 * @param minPriceFen only products whose cheapest sellable SKU costs at least this
 * @param maxPriceFen only products whose cheapest sellable SKU costs at most this
 * @param inStock     only products that have (true) / have no (false) sellable SKU now
 * @param after       the cursor of the previous page, or null for the first
 * @param limit       page size, 1..50
 */
public record SearchQuery(String text, UUID categoryId, String countyCode, Boolean halal, Long minPriceFen,
        Long maxPriceFen, Boolean inStock, SearchSort sort, String after, int limit) {

    public static final int MAX_TEXT_LENGTH = 100;
    public static final int MAX_LIMIT = 50;
    public static final int DEFAULT_LIMIT = 20;
}
