package cn.huinong.market.catalog.search;

/**
 * The business rules a search applies at read time, as SQL fragments. They restate rules owned elsewhere in
 * catalog-service (inventory owns "sellable", certificates own "halal", moderation owns "visible"); they are kept
 * here, small and named, so they can be pointed at the owners' implementation (a view or SQL function) later.
 * Every {@code ?} is bound by {@link PostgresProductSearch} in the order written.
 */
final class SearchRules {

    private SearchRules() {
    }

    /** Buyers see a product only while it is approved and its shop is approved (not suspended). Aliases p, s. */
    static final String VISIBLE = "p.status = 'APPROVED' AND s.status = 'APPROVED'";

    /**
     * A SKU (alias k, its stock row ks) is sellable when it is active, has stock left after reservations, and, if
     * chilled or frozen, its count was confirmed recently. Binds: the oldest acceptable confirmation time
     * ({@code now - huinong.catalog.inventory.perishable-confirm-days}).
     */
    static final String SELLABLE = "k.active AND ks.on_hand - ks.reserved > 0"
            + " AND (k.temperature_class = 'AMBIENT' OR ks.stock_confirmed_at >= ?)";

    /**
     * Joins {@code sp.min_price}: the price of the cheapest sellable SKU of product {@code %s}, null when none is
     * sellable (computed once per row, unlike a scalar subquery repeated in a sort key). Binds as SELLABLE.
     */
    static final String MIN_SELLABLE_PRICE_JOIN = " LEFT JOIN LATERAL (SELECT min(k.price_fen) AS min_price FROM sku k"
            + " JOIN sku_stock ks ON ks.sku_id = k.id WHERE k.product_id = %s AND " + SELLABLE + ") sp ON TRUE";

    /** The price of the cheapest sellable SKU of product {@code %s}, null when none is sellable. Binds as SELLABLE. */
    static final String MIN_SELLABLE_PRICE_OF = "(SELECT min(k.price_fen) FROM sku k JOIN sku_stock ks ON ks.sku_id = k.id"
            + " WHERE k.product_id = %s AND " + SELLABLE + ")";

    /** CTE: every category with itself and each of its ancestors (category_id, ancestor_id). */
    static final String CATEGORY_CLOSURE = "cat_path(category_id, ancestor_id, depth) AS ("
            + "SELECT id, id, 0 FROM category"
            + " UNION ALL SELECT cp.category_id, c.parent_id, cp.depth + 1 FROM cat_path cp"
            + " JOIN category c ON c.id = cp.ancestor_id WHERE c.parent_id IS NOT NULL AND cp.depth < 64)";

    /**
     * Whether product {@code %1$s} is halal today: an ACTIVE certificate of its shop, valid today (Asia/Shanghai),
     * covers its category or one of its ancestors. Uncorrelated, so PostgreSQL computes the covered
     * (shop, category) pairs once per search and probes them by hash. Needs {@link #CATEGORY_CLOSURE}.
     * Binds: today, today.
     */
    static final String HALAL_OF_PRODUCT = "((%1$s.shop_id, %1$s.category_id) IN (SELECT hc.shop_id, cp.category_id"
            + " FROM halal_certificate hc JOIN halal_certificate_category hcc ON hcc.certificate_id = hc.id"
            + " JOIN cat_path cp ON cp.ancestor_id = hcc.category_id"
            + " WHERE hc.status = 'ACTIVE' AND hc.valid_from <= ? AND hc.valid_to >= ?))";

    /** The "助农" label: the shop has a support status and its owner agreed to show it. Alias s. */
    static final String SUPPORT_LABEL = "(s.support_status <> 'NONE' AND s.support_label_consent)";
}
