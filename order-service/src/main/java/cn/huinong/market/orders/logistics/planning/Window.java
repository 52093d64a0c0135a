package cn.huinong.market.orders.logistics.planning;

/** A time window of the planned day, in minutes after midnight (local time). */
public record Window(double start, double end) {

    public boolean contains(double minute) {
        return minute >= start - EPSILON && minute <= end + EPSILON;
    }

    /** Solver times are doubles; allow for rounding. */
    static final double EPSILON = 1e-6;
}
