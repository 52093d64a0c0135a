package cn.huinong.market.orders.logistics;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;

/** Plan the parcels paid by {@code cutoff} at the village stations of {@code hubCode}'s county. */
public record PlanningJobRequest(@NotBlank String hubCode, @NotNull OffsetDateTime cutoff) {
}
