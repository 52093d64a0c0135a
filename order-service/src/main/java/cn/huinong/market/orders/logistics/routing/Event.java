package cn.huinong.market.orders.logistics.routing;

/**
 * A vertex of the time-expanded graph: a moment at a node (minutes since Monday 00:00 local time of the graph's first
 * week), or the sink of a county, which every arrival in that county leads to. Identity equality on purpose: the
 * graph hashes vertices on every step of a search, and every event is created once.
 */
final class Event {

    private final int id;
    private final String nodeId;
    private final int minute;
    private final boolean countySink;

    Event(int id, String nodeId, int minute, boolean countySink) {
        this.id = id;
        this.nodeId = nodeId;
        this.minute = minute;
        this.countySink = countySink;
    }

    int id() {
        return id;
    }

    String nodeId() {
        return nodeId;
    }

    int minute() {
        return minute;
    }

    boolean countySink() {
        return countySink;
    }

    @Override
    public int hashCode() {
        return id;
    }

    @Override
    public String toString() {
        return nodeId + "@" + minute;
    }
}
