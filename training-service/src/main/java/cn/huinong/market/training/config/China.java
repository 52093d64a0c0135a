package cn.huinong.market.training.config;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Days and months in this service are days in China (issue dates, assessment days, "as of" days of reports,
 * income months): Asia/Shanghai, whatever zone the server runs in. "Now" always comes from the injected
 * {@link Clock}; this only says which calendar it is read in.
 */
public final class China {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private China() {
    }

    /** Today in China by the given clock. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The first instant after the China day: what happened before it happened "by the end of" that day. */
    public static OffsetDateTime endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZONE).toOffsetDateTime();
    }
}
