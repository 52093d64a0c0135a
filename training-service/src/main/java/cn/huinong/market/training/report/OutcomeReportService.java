package cn.huinong.market.training.report;

import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.training.cohort.Stage;
import cn.huinong.market.training.cohort.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Outcome reports of the train → employ → incubate pipeline: the funnel and WIOA-style indicators, per cohort,
 * county (the cohort's), trainer or track, as of the end of a day in China. Everything is computed from the
 * audited stage history, certificates, placements, assessments, catalog shop openings and stored order-feed facts
 * dated on or before that day, so the same data and day always give the same report. Trainees without a consent
 * in force are left out. A trainer's report covers only the cohorts they are assigned to (in a by-trainer report:
 * only their own row); an admin's covers all.
 */
@ApplicationScoped
public class OutcomeReportService {

    static final List<String> GROUPINGS = List.of("cohort", "county", "trainer", "track");

    @Inject Participations participations;

    public OutcomeReport funnel(String groupBy, LocalDate asOf, Viewer viewer) {
        String by = grouping(groupBy);
        Map<Key, List<Participation>> groups = group(participations.of(asOf, viewer), by, viewer);
        String day = "by the end of " + asOf;
        List<OutcomeReport.Group> out = new ArrayList<>();
        groups.forEach((key, people) -> {
            List<OutcomeReport.Cell> cells = new ArrayList<>();
            int applied = Participation.count(people, p -> p.reached(Stage.APPLIED));
            int enrolled = Participation.count(people, p -> p.reached(Stage.ENROLLED));
            int completed = Participation.count(people, p -> p.reached(Stage.COMPLETED));
            int certified = Participation.count(people, p -> p.reached(Stage.COMPLETED) && p.certifiedBy(asOf));
            int employed = Participation.count(people, p -> p.reached(Stage.COMPLETED) && p.employedOn(asOf));
            int opened = Participation.count(people,
                    p -> p.reached(Stage.COMPLETED) && p.shop(asOf).openedOn() != null);
            int firstSale = Participation.count(people,
                    p -> p.reached(Stage.COMPLETED) && p.shop(asOf).openedOn() != null
                            && p.shop(asOf).firstSaleOn() != null);
            int active = Participation.count(people, p -> p.reached(Stage.COMPLETED) && p.shop(asOf).active());
            int both = Participation.count(people, p -> p.reached(Stage.COMPLETED) && p.employedOn(asOf)
                    && p.shop(asOf).openedOn() != null);
            int either = Participation.count(people,
                    p -> p.reached(Stage.COMPLETED) && (p.employedOn(asOf) || p.shop(asOf).active()));
            cells.add(cell("applied", "participations that entered a cohort (APPLIED)", day, applied, null, null));
            cells.add(cell("enrolled", "reached ENROLLED", day, enrolled, "applied", applied));
            cells.add(cell("completed", "reached COMPLETED", day, completed, "enrolled", enrolled));
            cells.add(cell("certified", "completed and holds a certificate issued on or before asOf",
                    "certificate issued on or before " + asOf, certified, "completed", completed));
            cells.add(cell("employed", "completed and in a placement on asOf", "on " + asOf, employed, "completed",
                    completed));
            cells.add(cell("shop_opened", "completed, linked shop approved in catalog on or before asOf", day, opened,
                    "completed", completed));
            cells.add(cell("first_sale", "shop opened and a paid order not fully refunded by asOf", day, firstSale,
                    "shop_opened", opened));
            cells.add(cell("active_shop", "shop opened >= 30 days before asOf with >= 3 qualifying paid orders in "
                    + "the 3 months up to asOf", "(" + asOf.minusMonths(3) + ", " + asOf + "]", active, "shop_opened",
                    opened));
            cells.add(cell("employed_and_runs_shop", "overlap: completed, in a placement on asOf AND linked shop "
                    + "opened by asOf", "on " + asOf, both, "completed", completed));
            cells.add(cell("employed_or_active_shop", "completed and (in a placement on asOf OR active shop); each "
                    + "person once", "on " + asOf, either, "completed", completed));
            out.add(new OutcomeReport.Group(key.key(), key.label(), cells));
        });
        return new OutcomeReport("funnel", by, asOf, SmallCells.SUPPRESS_BELOW,
                "participations (enrolments) of trainees with a consent in force", out);
    }

    public OutcomeReport indicators(String groupBy, LocalDate asOf, Viewer viewer) {
        String by = grouping(groupBy);
        Map<Key, List<Participation>> groups = group(participations.of(asOf, viewer), by, viewer);
        List<OutcomeReport.Group> out = new ArrayList<>();
        groups.forEach((key, people) -> {
            List<OutcomeReport.Cell> cells = new ArrayList<>();
            for (int q : new int[]{2, 4}) {
                List<Participation> due = people.stream().filter(p -> p.exitDate() != null
                        && !quarterAfterExit(p.exitDate(), q)[1].isAfter(asOf)).toList();
                int employed = Participation.count(due, p -> p.employedInQuarter(quarterAfterExit(p.exitDate(), q)));
                cells.add(cell("employment_q" + q, "exiters in a placement on any day of the " + q
                        + (q == 2 ? "nd" : "th") + " calendar quarter after the exit quarter, or whose linked "
                        + "shop was ACTIVE on that quarter's last day",
                        "quarter " + q + " after exit, ended on or before " + asOf, employed,
                        "exiters whose quarter " + q + " after exit has ended", due.size()));
                if (q == 2) {
                    List<Long> earnings = due.stream()
                            .filter(p -> p.employedInQuarter(quarterAfterExit(p.exitDate(), 2)))
                            .map(p -> p.earningsIn(quarterAfterExit(p.exitDate(), 2))).sorted().toList();
                    cells.add(median(earnings));
                }
            }
            List<Participation> credentialDue = people.stream()
                    .filter(p -> p.exitDate() != null && p.reached(Stage.ENROLLED)
                            && !p.exitDate().plusYears(1).isAfter(asOf))
                    .toList();
            int credentialed = Participation.count(credentialDue, p -> p.certificates().stream().anyMatch(
                    c -> !c.issuedOn.isBefore(p.cohort().startDate) && !c.issuedOn.isAfter(p.exitDate().plusYears(1))));
            cells.add(cell("credential_attainment", "enrolled exiters with a 互联网营销师 certificate issued between the "
                    + "cohort's start and one year after exit", "exit + 1 year, ended on or before " + asOf,
                    credentialed, "enrolled exiters whose year after exit has ended", credentialDue.size()));
            List<Participation> inTraining = people.stream().filter(p -> p.reached(Stage.ACTIVE)).toList();
            int gains = Participation.count(inTraining, Participation::skillGain);
            cells.add(cell("measurable_skill_gain", "participants in training (reached ACTIVE) who passed at least one "
                    + "module assessment dated from the cohort's start to their exit (or the cohort's end, or "
                    + "asOf, whichever is first)", "during the programme, up to " + asOf, gains,
                    "participants who reached ACTIVE", inTraining.size()));
            out.add(new OutcomeReport.Group(key.key(), key.label(), cells));
        });
        return new OutcomeReport("indicators", by, asOf, SmallCells.SUPPRESS_BELOW,
                "participations (enrolments) of trainees with a consent in force", out);
    }

    /** The calendar quarter {@code n} quarters after the quarter of the exit day: [first day, last day]. */
    static LocalDate[] quarterAfterExit(LocalDate exit, int n) {
        LocalDate exitQuarter = LocalDate.of(exit.getYear(), ((exit.getMonthValue() - 1) / 3) * 3 + 1, 1);
        LocalDate start = exitQuarter.plusMonths(3L * n);
        return new LocalDate[]{start, start.plusMonths(3).minusDays(1)};
    }

    private static String grouping(String groupBy) {
        String by = groupBy == null || groupBy.isBlank() ? "cohort"
                : groupBy.strip().toLowerCase(java.util.Locale.ROOT);
        if (!GROUPINGS.contains(by)) {
            throw ProblemException.invalidField("groupBy", "huinong.report.group-by-invalid");
        }
        return by;
    }

    record Key(String key, String label) implements Comparable<Key> {

        @Override
        public int compareTo(Key o) {
            int c = label.compareTo(o.label);
            return c != 0 ? c : key.compareTo(o.key);
        }
    }

    private static Map<Key, List<Participation>> group(List<Participation> people, String by, Viewer viewer) {
        Map<Key, List<Participation>> groups = new TreeMap<>();
        for (Participation p : people) {
            List<Key> keys = switch (by) {
                case "county" -> List.of(new Key(p.cohort().countyCode, p.cohort().countyName));
                case "track" -> List.of(new Key(p.cohort().track.name(), p.cohort().track.name()));
                case "trainer" -> p.cohort().trainerSubs.stream()
                        .filter(t -> viewer.admin() || t.equals(viewer.sub()))
                        .map(t -> new Key(t, t)).toList();
                default -> List.of(new Key(p.cohort().id.toString(), p.cohort().name));
            };
            keys.forEach(k -> groups.computeIfAbsent(k, x -> new ArrayList<>()).add(p));
        }
        return groups;
    }

    static OutcomeReport.Cell cell(String name, String definition, String window, int count, String denominator,
            Integer denominatorCount) {
        SmallCells.Figure f = SmallCells.figure(count, denominatorCount);
        return new OutcomeReport.Cell(name, definition, window, f.count(), denominator, f.denominatorCount(), f.rate(),
                null, f.suppressed());
    }

    /** Median of sorted earnings (the mean of the two middle ones, rounded down to the fen, for an even count). */
    static OutcomeReport.Cell median(List<Long> sorted) {
        int n = sorted.size();
        boolean hidden = SmallCells.suppressed(n);
        Long median = null;
        if (!hidden) {
            median = n % 2 == 1 ? sorted.get(n / 2) : Math.floorDiv(sorted.get(n / 2 - 1) + sorted.get(n / 2), 2);
        }
        return new OutcomeReport.Cell("median_earnings_q2", "median of quarter-2-after-exit earnings of those "
                + "employed in that quarter: placement wages (monthly wage prorated by days worked) plus net "
                + "shop income from the order feed (fen)", "quarter 2 after exit", hidden ? null : n,
                "employed in quarter 2 after exit", hidden ? null : n, null, median, hidden);
    }
}
