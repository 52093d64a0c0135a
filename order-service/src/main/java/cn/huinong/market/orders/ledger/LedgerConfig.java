package cn.huinong.market.orders.ledger;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "huinong.orders.ledger")
public interface LedgerConfig {

    Simulation simulation();

    /** The longest statement period one request may ask for, in days. */
    @WithDefault("366")
    int maxStatementDays();

    interface Simulation {

        /**
         * Whether {@code POST /api/orders/ledger/simulation} (admin) may post simulated orders through
         * {@link Settlement}. Off everywhere except the ledger benchmark.
         */
        @WithDefault("false")
        boolean enabled();
    }
}
