package cn.huinong.market.orders.config;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Lets tests (which run the jobs themselves, at chosen moments) switch the schedule off. */
@Singleton
public class JobsSwitch implements Scheduled.SkipPredicate {

    @ConfigProperty(name = "huinong.orders.jobs.enabled", defaultValue = "true") boolean enabled;

    @Override
    public boolean test(ScheduledExecution execution) {
        return !enabled;
    }
}
