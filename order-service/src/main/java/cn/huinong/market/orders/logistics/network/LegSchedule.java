package cn.huinong.market.orders.logistics.network;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * When a leg runs: on these weekdays it leaves at {@code departure} (local time) and arrives {@code duration} later;
 * parcels must be handed in by {@code cutoff} the same day.
 */
public record LegSchedule(Set<DayOfWeek> weekdays, LocalTime departure, Duration duration, LocalTime cutoff) {

    public LegSchedule {
        weekdays = weekdays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(weekdays);
    }

    public static LegSchedule daily(LocalTime cutoff, LocalTime departure, Duration duration) {
        return new LegSchedule(EnumSet.allOf(DayOfWeek.class), departure, duration, cutoff);
    }
}
