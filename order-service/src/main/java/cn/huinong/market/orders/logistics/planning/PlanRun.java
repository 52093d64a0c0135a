package cn.huinong.market.orders.logistics.planning;

import java.util.List;

/** One vehicle's round trip from its depot (a township point or the hub) and back. */
public record PlanRun(String id, Tier tier, VehicleType vehicle, String depotId, double departs, double returns,
        List<PlanStop> stops, double km, long costFen) {

    public List<String> parcelIds() {
        return stops.stream().flatMap(stop -> stop.parcelIds().stream()).toList();
    }
}
