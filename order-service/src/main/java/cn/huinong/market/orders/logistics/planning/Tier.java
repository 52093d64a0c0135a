package cn.huinong.market.orders.logistics.planning;

/** Township runs collect at village stations for a township point; county runs collect there for the hub. */
public enum Tier {
    TOWNSHIP, COUNTY
}
