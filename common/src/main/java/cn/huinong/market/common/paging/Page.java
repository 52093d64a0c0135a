package cn.huinong.market.common.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a cursor-paged list: {@code nextCursor} is null on the last page. */
public record Page<T>(List<T> items, String nextCursor) {

    /**
     * Builds a page from a query that fetched {@code limit + 1} rows: the extra row only tells that more exist.
     */
    public static <E, T> Page<T> of(List<E> fetched, int limit, Function<E, T> toItem, Function<E, String> cursorOf) {
        boolean more = fetched.size() > limit;
        List<E> shown = more ? fetched.subList(0, limit) : fetched;
        String next = more ? cursorOf.apply(shown.get(shown.size() - 1)) : null;
        return new Page<>(shown.stream().map(toItem).toList(), next);
    }
}
