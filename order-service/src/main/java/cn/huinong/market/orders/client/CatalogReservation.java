package cn.huinong.market.orders.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A stock reservation in catalog-service, keyed by our checkout id. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CatalogReservation(UUID checkoutId, String status, OffsetDateTime expiresAt, List<Line> lines) {

    public record Line(UUID skuId, int quantity) {
    }

    public record Request(UUID checkoutId, Integer ttlSeconds, List<Line> lines) {
    }
}
