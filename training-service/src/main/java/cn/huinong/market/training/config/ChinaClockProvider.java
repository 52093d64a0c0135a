package cn.huinong.market.training.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ClockProvider;
import java.time.Clock;
import java.time.ZoneId;

/**
 * Dates in this service are days in China (issue dates, assessment days): {@code @PastOrPresent} on a LocalDate
 * must accept "today" in Asia/Shanghai even while it is still yesterday in UTC (00:00–08:00 Beijing time).
 */
@ApplicationScoped
public class ChinaClockProvider implements ClockProvider {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Override
    public Clock getClock() {
        return Clock.system(CHINA);
    }
}
