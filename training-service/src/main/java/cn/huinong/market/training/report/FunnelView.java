package cn.huinong.market.training.report;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A cohort's funnel as of the end of a day (Asia/Shanghai). Only trainees with a consent in force are counted.
 * Every step names its denominator; any count under {@code suppressBelow} is withheld (null, {@code suppressed})
 * together with the rates that would reveal it.
 */
public record FunnelView(UUID cohortId, String cohortName, LocalDate asOf, int suppressBelow, String population,
        List<Step> steps) {

    /**
     * @param rate count / denominator count in percent with one decimal, null for the first step or when
     *             suppressed
     */
    public record Step(String step, String definition, String window, Integer count, String denominator,
            Integer denominatorCount, Double rate, boolean suppressed) {
    }
}
