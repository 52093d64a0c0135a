package cn.huinong.market.orders.logistics;

/** How a leg is paid (see {@link cn.huinong.market.orders.logistics.network.LegCost}). */
public enum LegCostKind {
    FIXED_PER_RUN, PER_KM, PER_KG, ZONE_TARIFF
}
