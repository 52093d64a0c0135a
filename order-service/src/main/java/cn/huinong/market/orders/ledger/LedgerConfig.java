package cn.huinong.market.orders.ledger;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "huinong.orders.ledger")
public interface LedgerConfig {

    /** The longest statement period one request may ask for, in days. */
    @WithDefault("366")
    int maxStatementDays();
}
