package cn.huinong.market.orders.client;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Catalog-service answered with a 4xx problem: a business answer (stock short, SKU not for sale, reservation
 * already released), not a failure, so it is never retried.
 */
public class CatalogRefusal extends RuntimeException {

    private final int status;
    private final transient JsonNode problem;

    public CatalogRefusal(int status, JsonNode problem) {
        super("catalog-service refused with " + status, null, false, false);
        this.status = status;
        this.problem = problem;
    }

    public int status() {
        return status;
    }

    /** The problem body (may be an empty object when catalog sent none). */
    public JsonNode problem() {
        return problem;
    }
}
