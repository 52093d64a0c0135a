package cn.huinong.market.orders.logistics.network;

/** Who pays a subsidy. */
public enum SubsidyPayer {
    COUNTY, PLATFORM
}
