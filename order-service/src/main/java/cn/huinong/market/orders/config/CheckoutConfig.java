package cn.huinong.market.orders.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How checkouts are priced and how long a buyer has to pay. */
@ConfigMapping(prefix = "huinong.orders.checkout")
public interface CheckoutConfig {

    /** How long stock stays reserved for an unpaid checkout; it expires and is released after that. */
    @WithDefault("30M")
    Duration paymentWindow();

    /** Platform commission on goods, in basis points (1/100 of a percent), frozen on each order at checkout. */
    @WithDefault("500")
    int commissionRateBp();

    /** The lower commission for shops of supported households and programme trainees. */
    @WithDefault("200")
    int reducedCommissionRateBp();
}
