package cn.huinong.market.catalog.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Stock and reservation rules. */
@ConfigMapping(prefix = "huinong.catalog.inventory")
public interface InventoryConfig {

    /**
     * A chilled or frozen SKU whose seller has not confirmed its stock for this many days stops being sold:
     * after a few days nobody knows whether the mutton in the village freezer is still there and still good.
     */
    @WithDefault("2")
    int perishableConfirmDays();

    Reservations reservation();

    Sweeper sweeper();

    interface Reservations {

        /** Time-to-live of a reservation whose request names none (order-service sends its payment window). */
        @WithDefault("PT15M")
        Duration defaultTtl();

        @WithDefault("PT1M")
        Duration minTtl();

        /** Caps what a client may ask for, so a forgotten checkout cannot hold stock for days. */
        @WithDefault("PT2H")
        Duration maxTtl();
    }

    interface Sweeper {

        /** How often expired reservations are released: a Quarkus {@code every} value, or {@code off}. */
        @WithDefault("10s")
        String every();

        /** Reservations expired per transaction; small batches keep row locks short. */
        @WithDefault("100")
        int batchSize();
    }
}
