package cn.huinong.market.catalog.search;

import cn.huinong.market.common.paging.Page;

/**
 * Buyer-facing product search. The PostgreSQL implementation ({@link PostgresProductSearch}) is the only one today;
 * a dedicated search engine can replace it behind this interface (together with a {@link ProductIndexer} that
 * feeds it). Whatever the implementation, it must only return products buyers may see (approved product of an
 * approved shop), and compute stock, price and halal flags as they are at the time of the search.
 */
public interface ProductSearch {

    /**
     * @param query validated search input; {@code query.after()} is a cursor this method gave out for the same sort
     * @return one page of hits in the requested order, with the cursor of the next page (null on the last)
     * @throws cn.huinong.market.common.problem.ProblemException (400, field {@code after}) for a cursor it did not issue
     */
    Page<SearchHit> search(SearchQuery query);
}
