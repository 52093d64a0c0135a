package cn.huinong.market.orders.logistics.planning;

import cn.huinong.market.orders.logistics.network.Capacity;

/** {@code count} vehicles alike, available at each depot of a tier (each township point, or the hub). */
public record VehicleType(String id, boolean reefer, Capacity capacity, long fixedFen, long fenPerKm, int count) {

    public long runFen(double km) {
        return fixedFen + Math.round(fenPerKm * km);
    }
}
