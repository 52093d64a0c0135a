package cn.huinong.market.orders.logistics;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Weekdays as stored: their names joined by commas, Monday first ("MONDAY,TUESDAY"); null means every day. */
final class Weekdays {

    private Weekdays() {
    }

    static String encode(Collection<DayOfWeek> days) {
        if (days.isEmpty()) {
            return "";
        }
        return EnumSet.copyOf(days).stream().map(DayOfWeek::name).collect(Collectors.joining(","));
    }

    static Set<DayOfWeek> decode(String stored) {
        if (stored == null) {
            return EnumSet.allOf(DayOfWeek.class);
        }
        if (stored.isBlank()) {
            return EnumSet.noneOf(DayOfWeek.class);
        }
        return EnumSet.copyOf(Arrays.stream(stored.split(",")).map(DayOfWeek::valueOf).toList());
    }

    static List<DayOfWeek> list(String stored) {
        return List.copyOf(decode(stored));
    }
}
