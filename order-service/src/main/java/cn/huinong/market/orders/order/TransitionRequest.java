package cn.huinong.market.orders.order;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A move of a shop order. Shipping needs the carrier and tracking number; cancelling a paid order needs a reason.
 */
public record TransitionRequest(
        @NotNull OrderStatus to,
        @Size(max = 500) String reason,
        @Size(max = 40) String carrier,
        @Size(max = 40) @Pattern(regexp = "^[A-Za-z0-9-]{6,40}$") String trackingNumber) {
}
