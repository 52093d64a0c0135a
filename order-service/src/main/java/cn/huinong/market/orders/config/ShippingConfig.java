package cn.huinong.market.orders.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Map;

/**
 * The parcel tariff of the platform's contracted carriers: destination provinces grouped into zones, each
 * with a price for the first kilogram and for every kilogram after it. Chilled and frozen parcels pay the
 * cold-chain surcharge on top.
 */
@ConfigMapping(prefix = "huinong.orders.shipping")
public interface ShippingConfig {

    /** Zones by name, e.g. {@code near}, {@code central}, {@code remote}. */
    Map<String, Zone> zones();

    @WithDefault("1500")
    long coldChainSurchargeFen();

    interface Zone {

        /** Two-digit GB/T 2260 province codes (62 = Gansu). */
        List<String> provinces();

        long firstKgFen();

        long extraKgFen();
    }
}
