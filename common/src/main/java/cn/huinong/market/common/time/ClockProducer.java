package cn.huinong.market.common.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The one source of "now" in every service. Code that reasons about time (expiry, deadlines, sweeps, reports)
 * injects this {@link Clock} instead of calling {@code now()} on the wall clock, so a test can replace it with a
 * {@code MutableClock} (common's test-jar) and move time instead of sleeping.
 */
@Singleton
public class ClockProducer {

    @Produces
    @Singleton
    @DefaultBean
    public Clock clock() {
        return Clock.systemUTC();
    }
}
