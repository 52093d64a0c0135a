package cn.huinong.market.gateway.client;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A cohort's train → employ → incubate funnel as training-service reports it (small cells suppressed there). */
public record Funnel(UUID cohortId, String cohortName, LocalDate asOf, int suppressBelow, List<Step> steps) {

    public record Step(String step, String definition, Integer count, String denominator, Integer denominatorCount,
            Double rate, boolean suppressed) {
    }
}
