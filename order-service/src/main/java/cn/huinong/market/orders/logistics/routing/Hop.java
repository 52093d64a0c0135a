package cn.huinong.market.orders.logistics.routing;

import cn.huinong.market.orders.logistics.network.NetworkLeg;

/**
 * An edge of the time-expanded graph: riding one run of a leg, waiting at a node until its next event, or having
 * arrived in a county (into its sink). Identity equality, like {@link Event}: a record would hash the whole leg on
 * every lookup.
 */
final class Hop {

    enum Kind {
        RIDE, WAIT, ARRIVED
    }

    private final int id;
    private final Kind kind;
    private final NetworkLeg leg;
    private final int fromMinute;
    private final int departureMinute;
    private final int toMinute;

    /**
     * @param fromMinute
     *            the time of the edge's source event (for a run: its cutoff)
     * @param departureMinute
     *            when the run leaves (the source event's time for other hops)
     */
    Hop(int id, Kind kind, NetworkLeg leg, int fromMinute, int departureMinute, int toMinute) {
        this.id = id;
        this.kind = kind;
        this.leg = leg;
        this.fromMinute = fromMinute;
        this.departureMinute = departureMinute;
        this.toMinute = toMinute;
    }

    Kind kind() {
        return kind;
    }

    NetworkLeg leg() {
        return leg;
    }

    int departureMinute() {
        return departureMinute;
    }

    int toMinute() {
        return toMinute;
    }

    /** Time from the source event to the target event: a run counts from its cutoff, when the parcel is committed. */
    int minutes() {
        return toMinute - fromMinute;
    }

    @Override
    public int hashCode() {
        return id;
    }

    @Override
    public String toString() {
        return kind + (leg == null ? "" : " " + leg.id()) + " " + fromMinute + "→" + toMinute;
    }
}
