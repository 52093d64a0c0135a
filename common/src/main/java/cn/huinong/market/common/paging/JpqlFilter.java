package cn.huinong.market.common.paging;

import java.util.HashMap;
import java.util.Map;

/**
 * The where-clause of a list query made of optional filters: an {@link #eq} whose value is null is left out, so
 * "of this buyer, of this status, if given" is one call each instead of an if-block each. Its named parameters go
 * to the same query (Panache's {@code find(query, params)}); {@link TimeKey} may add its keyset condition to them.
 */
public final class JpqlFilter {

    private final StringBuilder where = new StringBuilder("1 = 1");
    private final Map<String, Object> params = new HashMap<>();

    /** {@code field = value} when the value is given (the parameter is named after the field). */
    public JpqlFilter eq(String field, Object value) {
        if (value != null) {
            where.append(" and ").append(field).append(" = :").append(field);
            params.put(field, value);
        }
        return this;
    }

    /** Any JPQL condition, with the named parameters it uses. */
    public JpqlFilter and(String condition, Map<String, Object> conditionParams) {
        where.append(" and ").append(condition);
        params.putAll(conditionParams);
        return this;
    }

    public String where() {
        return where.toString();
    }

    /** The parameters so far; mutable, for a keyset condition to add its own. */
    public Map<String, Object> params() {
        return params;
    }
}
