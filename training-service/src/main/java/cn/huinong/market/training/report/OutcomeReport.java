package cn.huinong.market.training.report;

import java.time.LocalDate;
import java.util.List;

/**
 * An outcome report as of the end of a day (Asia/Shanghai), one group per cohort, county, trainer or track. The
 * unit counted is a participation (an enrolment of a trainee with a consent in force). Every cell under
 * {@code suppressBelow} is withheld (null, {@code suppressed}) together with the rate or median that would
 * reveal it.
 */
public record OutcomeReport(String report, String groupBy, LocalDate asOf, int suppressBelow, String population,
        List<Group> groups) {

    public record Group(String key, String label, List<Cell> cells) {
    }

    /**
     * One figure: {@code count} out of {@code denominatorCount} (named by {@code denominator}) in {@code window};
     * {@code medianFen} only for earnings.
     */
    public record Cell(String name, String definition, String window, Integer count, String denominator,
            Integer denominatorCount, Double rate, Long medianFen, boolean suppressed) {
    }
}
