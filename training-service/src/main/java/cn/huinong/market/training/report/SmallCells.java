package cn.huinong.market.training.report;

/**
 * The small-cell rule of every report: a figure about fewer than {@value #SUPPRESS_BELOW} people is withheld, and
 * so is every rate or median that would reveal it (a count of 0 is withheld too: "nobody" is also a small cell).
 * Every report cell, funnel step and median is shaped here, so the rule is written once.
 */
public final class SmallCells {

    public static final int SUPPRESS_BELOW = 5;

    private SmallCells() {
    }

    /** Whether a figure about {@code people} people must be withheld. */
    public static boolean suppressed(int people) {
        return people < SUPPRESS_BELOW;
    }

    /**
     * What a cell shows of {@code count} out of {@code denominatorCount} (null for a cell without a denominator):
     * each side, or null when withheld; the rate in percent with one decimal only when both sides are shown.
     */
    public static Figure figure(int count, Integer denominatorCount) {
        boolean hidden = suppressed(count);
        boolean denominatorHidden = denominatorCount != null && suppressed(denominatorCount);
        Double rate = null;
        if (denominatorCount != null && !hidden && !denominatorHidden && denominatorCount > 0) {
            rate = Math.round(count * 1000.0 / denominatorCount) / 10.0;
        }
        return new Figure(hidden ? null : count, denominatorHidden ? null : denominatorCount, rate,
                hidden || denominatorHidden);
    }

    /** A figure as shown: null where withheld; {@code suppressed} when anything of it is. */
    public record Figure(Integer count, Integer denominatorCount, Double rate, boolean suppressed) {
    }

    /** How a CSV writes a shown or withheld count: the number, or "<5". */
    public static String csv(Integer shown) {
        return shown == null ? "<" + SUPPRESS_BELOW : shown.toString();
    }
}
