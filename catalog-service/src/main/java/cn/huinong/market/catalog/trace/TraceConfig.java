package cn.huinong.market.catalog.trace;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Duration;

/** Where labels resolve and what the cold chain allows. */
@ConfigMapping(prefix = "huinong.catalog.trace.public")
public interface TraceConfig {

    /** The host QR labels point at (the gateway's resolver of GS1 Digital Links and short codes). */
    @WithDefault("https://trace.huinong.market")
    String resolverBase();

    ColdChain coldChain();

    /** Highest allowed °C per temperature class, and how long a reading may stay above it before the lot is flagged. */
    interface ColdChain {

        @WithDefault("4")
        BigDecimal chilledMaxCelsius();

        @WithDefault("-18")
        BigDecimal frozenMaxCelsius();

        @WithDefault("PT30M")
        Duration chilledTolerance();

        @WithDefault("PT15M")
        Duration frozenTolerance();
    }
}
