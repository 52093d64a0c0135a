package cn.huinong.market.orders.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The deadlines that move orders on their own. */
@ConfigMapping(prefix = "huinong.orders.fulfilment")
public interface FulfilmentConfig {

    /** A paid order not shipped within this time is cancelled and refunded. */
    @WithDefault("72H")
    Duration shipWithin();

    /** A delivered order without an open after-sale completes this many days after delivery. */
    @WithDefault("7")
    int autoCompleteDays();

    /** How many orders each run of a deadline job handles at most (it runs again soon). */
    @WithDefault("200")
    int jobBatchSize();
}
