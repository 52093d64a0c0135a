package cn.huinong.market.orders.logistics.network;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

/** The same daily window on the given weekdays, local time (Asia/Shanghai). */
public record OpeningHours(Set<DayOfWeek> days, LocalTime opens, LocalTime closes) {

    public static final OpeningHours ALWAYS = new OpeningHours(EnumSet.allOf(DayOfWeek.class), LocalTime.MIN,
            LocalTime.MAX);

    public OpeningHours {
        days = days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days);
    }

    public static OpeningHours daily(LocalTime opens, LocalTime closes) {
        return new OpeningHours(EnumSet.allOf(DayOfWeek.class), opens, closes);
    }

    public boolean isOpenAt(LocalDateTime at) {
        LocalTime time = at.toLocalTime();
        return days.contains(at.getDayOfWeek()) && !time.isBefore(opens) && !time.isAfter(closes);
    }

    /** The first moment at or after {@code at} when the node is open; null when it never opens. */
    public LocalDateTime nextOpenAt(LocalDateTime at) {
        if (!opens.isBefore(closes)) {
            return null;
        }
        for (int day = 0; day <= 7; day++) {
            var date = at.toLocalDate().plusDays(day);
            if (!days.contains(date.getDayOfWeek())) {
                continue;
            }
            LocalDateTime open = date.atTime(opens);
            if (day > 0 || at.isBefore(open)) {
                return open;
            }
            if (!at.isAfter(date.atTime(closes))) {
                return at;
            }
        }
        return null;
    }
}
