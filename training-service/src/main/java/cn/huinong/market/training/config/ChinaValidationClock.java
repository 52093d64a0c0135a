package cn.huinong.market.training.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ClockProvider;
import java.time.Clock;

/**
 * The clock of Bean Validation: {@code @PastOrPresent} on a LocalDate must accept "today" in China even while it
 * is still yesterday in UTC (00:00–08:00 Beijing time). It reads the injected {@link Clock}, so a test that moves
 * time moves validation with it.
 */
@ApplicationScoped
public class ChinaValidationClock implements ClockProvider {

    @Inject Clock clock;

    @Override
    public Clock getClock() {
        return clock.withZone(China.ZONE);
    }
}
