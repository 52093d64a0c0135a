package cn.huinong.market.catalog.search;

import java.util.UUID;

/**
 * Keeps the search index in step with products and shops. Call it in the same transaction as the change
 * (it joins the caller's transaction), after the change is made:
 * <ul>
 *   <li>{@link #reindex} after a product is created or its names, descriptions, category or status change;</li>
 *   <li>{@link #reindexShop} after a shop's place names (county/township/village) or status change.</li>
 * </ul>
 * SKU, price, stock and halal-certificate changes need no call: those are evaluated when a search runs.
 * Status changes need no call either for correctness (searches re-check visibility), only for freshness.
 * A background catch-up job also re-indexes any product whose row or shop changed after it was indexed, so a
 * forgotten call delays the index by one catch-up interval, it does not corrupt it.
 */
public interface ProductIndexer {

    /** Re-indexes one product (or drops it from the index if it no longer exists). */
    void reindex(UUID productId);

    /** Re-indexes every product of a shop. */
    void reindexShop(UUID shopId);
}
