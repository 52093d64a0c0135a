package cn.huinong.market.orders.logistics;

import cn.huinong.market.orders.logistics.network.LegMode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * A leg as an admin defines it; nodes are named by their codes. The schedule is checked as a whole by the network's
 * validator (a cutoff after the departure, no weekday or a duration that is not positive make it impossible).
 *
 * @param durationMinutes from departure to arrival
 */
public record LegRequest(
        UUID id,
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,63}") String code,
        @NotBlank String fromNode,
        @NotBlank String toNode,
        @NotNull LegMode mode,
        @NotNull List<@NotNull DayOfWeek> weekdays,
        @NotNull LocalTime departure,
        @NotNull Integer durationMinutes,
        @NotNull LocalTime cutoff,
        @NotNull @Valid Cost cost,
        @NotNull @Positive Long capacityKg,
        @NotNull @Positive Long capacityLitres,
        boolean reefer) {

    /** The fields of the chosen kind are required (see {@link LegCostKind}); the others are ignored. */
    public record Cost(
            @NotNull LegCostKind kind,
            @PositiveOrZero Long runFen,
            @PositiveOrZero Long fenPerKm,
            @Positive Long km,
            @Positive Long expectedLoadKg,
            @PositiveOrZero Long fenPerKg,
            @PositiveOrZero Long firstKgFen,
            @PositiveOrZero Long extraKgFen) {
    }
}
