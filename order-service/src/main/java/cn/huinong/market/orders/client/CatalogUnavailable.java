package cn.huinong.market.orders.client;

/** Catalog-service could not answer (down, timed out, 5xx, circuit open): worth retrying later. */
public class CatalogUnavailable extends RuntimeException {

    public CatalogUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
