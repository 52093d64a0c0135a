package cn.huinong.market.orders.logistics.routing;

import cn.huinong.market.orders.logistics.network.NetworkLeg;

/**
 * An edge of the time-expanded graph: riding one run of a leg, waiting at a node until its next event, or having
 * arrived in a county (into its sink).
 */
record Hop(int id, Kind kind, NetworkLeg leg, int fromMinute, int toMinute) {

    enum Kind {
        RIDE, WAIT, ARRIVED
    }

    int minutes() {
        return toMinute - fromMinute;
    }
}
