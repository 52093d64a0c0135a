package cn.huinong.market.orders.logistics;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How planning jobs search and what they assume where the network stores nothing yet (vehicle speed, loading time,
 * road detour over the straight line when a leg has no km, the carriers' tariff a shop would pay alone).
 */
@ConfigMapping(prefix = "huinong.orders.logistics.planning")
public interface PlanningConfig {

    @WithDefault("20260101")
    long seed();

    /** Ends the search first, so the same parcels give the same plan. */
    @WithDefault("400")
    int maxIterations();

    @WithDefault("PT5S")
    Duration timeLimit();

    @WithDefault("30")
    double kmPerHour();

    @WithDefault("1")
    double serviceMinutesPerParcel();

    /** Mountain roads are about 1.5 times the straight line. */
    @WithDefault("1.5")
    double roadDetour();

    /** Express carrier collecting at the village for the township point: first kg, each further kg. */
    @WithDefault("600")
    long aloneToTownshipFirstKgFen();

    @WithDefault("100")
    long aloneToTownshipExtraKgFen();

    @WithDefault("1200")
    long aloneToHubFirstKgFen();

    @WithDefault("200")
    long aloneToHubExtraKgFen();
}
