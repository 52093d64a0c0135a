package cn.huinong.market.training.report;

import cn.huinong.market.training.certificate.AssessmentResult;
import cn.huinong.market.training.certificate.Certificate;
import cn.huinong.market.training.cohort.Cohort;
import cn.huinong.market.training.cohort.Stage;
import cn.huinong.market.training.incubation.OrderFact;
import cn.huinong.market.training.incubation.ShopMilestones;
import cn.huinong.market.training.placement.Placement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One participation (an enrolment of a trainee with a consent in force) and the facts its report figures are
 * computed from, all dated on or before {@code asOf}.
 */
record Participation(Cohort cohort, Set<Stage> stages, LocalDate exitDate, List<Certificate> certificates,
        List<Placement> placements, List<AssessmentResult> passed, OffsetDateTime shopOpenedAt,
        List<OrderFact> facts, LocalDate asOf, Map<LocalDate, ShopMilestones> shopCache) {

    /** How many of the people pass the test. */
    static int count(List<Participation> people, Predicate<Participation> test) {
        return (int) people.stream().filter(test).count();
    }

    boolean reached(Stage stage) {
        return stages.contains(stage);
    }

    boolean certifiedBy(LocalDate day) {
        return certificates.stream().anyMatch(c -> !c.issuedOn.isAfter(day));
    }

    boolean employedOn(LocalDate day) {
        return placements.stream().anyMatch(p -> !p.startDate.isAfter(day)
                && (p.endDate == null || !p.endDate.isBefore(day)));
    }

    ShopMilestones shop(LocalDate day) {
        return shopCache.computeIfAbsent(day, d -> ShopMilestones.of(shopOpenedAt, facts, d));
    }

    boolean employedInQuarter(LocalDate[] q) {
        boolean job = placements.stream().anyMatch(p -> !p.startDate.isAfter(q[1])
                && (p.endDate == null || !p.endDate.isBefore(q[0])));
        return job || shop(q[1]).active();
    }

    /** Wages (monthly wage prorated by the days of each month worked) plus net shop income of the quarter. */
    long earningsIn(LocalDate[] q) {
        long total = 0;
        for (YearMonth m = YearMonth.from(q[0]); !m.isAfter(YearMonth.from(q[1])); m = m.plusMonths(1)) {
            for (Placement p : placements) {
                LocalDate from = max(p.startDate, m.atDay(1));
                LocalDate to = p.endDate == null ? m.atEndOfMonth() : min(p.endDate, m.atEndOfMonth());
                if (!from.isAfter(to)) {
                    long days = to.toEpochDay() - from.toEpochDay() + 1;
                    total += Math.floorDiv(p.monthlyWageFen * days, m.lengthOfMonth());
                }
            }
        }
        return total + ShopMilestones.netBetween(facts, q[0], q[1]);
    }

    boolean skillGain() {
        LocalDate end = exitDate != null ? exitDate : cohort.endDate;
        LocalDate last = end.isBefore(asOf) ? end : asOf;
        return passed.stream()
                .anyMatch(r -> !r.assessedOn.isBefore(cohort.startDate) && !r.assessedOn.isAfter(last));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
