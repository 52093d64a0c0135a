package cn.huinong.market.common.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "huinong.idempotency")
public interface IdempotencyConfig {

    /**
     * Build-time switch, on unless a module turns it off: the filter, the gate and the store need the module's
     * database (table {@code idempotency_key}). The gateway keeps no state and sets it to {@code false}.
     */
    String ENABLED = "huinong.idempotency.enabled";

    /** Read at build time through {@link #ENABLED}; declared here so the property belongs to this mapping. */
    @WithDefault("true")
    boolean enabled();

    /** How long a second request with the same key waits for the first to finish before getting a 409. */
    @WithDefault("15S")
    Duration waitForFirst();

    /** A claim older than this belongs to a request that died (crash, kill): another request may take it over. */
    @WithDefault("2M")
    Duration abandonedAfter();

    /** How long stored responses are kept; clients must not retry with a key older than this. */
    @WithDefault("P2D")
    Duration retention();
}
