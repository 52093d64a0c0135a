package cn.huinong.market.catalog.stock;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * What a checkout wants held. The checkout id is order-service's: sending it again is safe.
 *
 * @param ttlSeconds how long to hold the units (the payment window); the configured default when absent
 */
public record ReservationRequest(
        @NotNull UUID checkoutId,
        Integer ttlSeconds,
        @NotNull @Size(min = 1, max = 50) List<@NotNull @Valid Line> lines) {

    public record Line(@NotNull UUID skuId, @NotNull @Min(1) @Max(999) Integer quantity) {
    }
}
