package cn.huinong.market.orders.logistics.network;

/** The kind of vehicle that runs a leg. */
public enum LegMode {
    TOWNSHIP_VAN, COUNTY_VAN, COUNTY_REEFER, CARRIER_TRUNK
}
