package cn.huinong.market.orders.logistics.network;

/** What a place in the shared-logistics network does. */
public enum NodeKind {
    VILLAGE_STATION, TOWNSHIP_POINT, COUNTY_HUB, CARRIER_GATEWAY, COLD_STORE
}
