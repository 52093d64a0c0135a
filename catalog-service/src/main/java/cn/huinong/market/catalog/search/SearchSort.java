package cn.huinong.market.catalog.search;

import java.util.Locale;
import java.util.Optional;

/** The orders a buyer can ask for; each is a total order (ties broken by id) so cursor paging is stable. */
public enum SearchSort {

    /** Best match first (name beats place beats description), then newest. Without query text: newest. */
    RELEVANCE,
    /** Cheapest sellable SKU first; products with nothing to sell last. */
    PRICE_ASC,
    /** Dearest first (by the cheapest sellable SKU); products with nothing to sell last. */
    PRICE_DESC,
    /** Most recently published first. */
    NEWEST;

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SearchSort> fromParam(String value) {
        for (SearchSort sort : values()) {
            if (sort.param().equals(value)) {
                return Optional.of(sort);
            }
        }
        return Optional.empty();
    }
}
