package cn.huinong.market.orders.logistics.planning;

import java.util.List;

/** Where a run stops, when it starts loading there (minutes after midnight), and the parcels it takes. */
public record PlanStop(String placeId, double minute, List<String> parcelIds) {
}
