package cn.huinong.market.orders.logistics;

import cn.huinong.market.orders.logistics.network.Capacity;
import cn.huinong.market.orders.logistics.planning.VehicleType;
import java.util.List;

/**
 * The vehicles available at each township point and at the hub. The network stores legs, not fleets; until it does,
 * every county plans with the Linxia demo fleet (the benchmark's).
 */
final class PlanningFleets {

    static final List<VehicleType> TOWNSHIP = List.of(
            new VehicleType("township-van", false, new Capacity(600, 4_000), 5_000, 200, 3),
            new VehicleType("township-reefer", true, new Capacity(300, 1_500), 8_000, 300, 1));

    static final List<VehicleType> COUNTY = List.of(
            new VehicleType("county-van", false, new Capacity(2_000, 12_000), 15_000, 350, 4),
            new VehicleType("county-reefer", true, new Capacity(1_500, 8_000), 25_000, 500, 3));

    private PlanningFleets() {
    }
}
