package cn.huinong.market.orders.logistics.network;

/** A scheduled connection between two nodes. */
public record NetworkLeg(String id, String from, String to, LegMode mode, LegSchedule schedule, LegCost cost,
        Capacity capacity, boolean reefer) {
}
