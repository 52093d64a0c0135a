package cn.huinong.market.catalog.search;

import cn.huinong.market.catalog.product.ProductService;
import cn.huinong.market.catalog.shop.ShopService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Keeps the search index in step with catalog changes, inside the transaction that made them, so a committed
 * change is searchable at once. (The catch-up job repairs anything missed, within its interval.)
 */
@ApplicationScoped
public class SearchIndexFollower {

    @Inject ProductIndexer indexer;

    void productChanged(@Observes ProductService.ProductChanged event) {
        indexer.reindex(event.productId());
    }

    void shopChanged(@Observes ShopService.ShopChanged event) {
        indexer.reindexShop(event.shopId());
    }
}
