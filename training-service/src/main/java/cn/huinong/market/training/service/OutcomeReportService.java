package cn.huinong.market.training.service;

import static cn.huinong.market.training.config.ChinaClockProvider.CHINA;

import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.training.repository.AssessmentResult;
import cn.huinong.market.training.repository.Certificate;
import cn.huinong.market.training.repository.Cohort;
import cn.huinong.market.training.repository.Enrolment;
import cn.huinong.market.training.repository.IncubationStore;
import cn.huinong.market.training.repository.OrderFact;
import cn.huinong.market.training.repository.Placement;
import cn.huinong.market.training.repository.ShopLink;
import cn.huinong.market.training.repository.Stage;
import cn.huinong.market.training.repository.StageTransition;
import cn.huinong.market.training.rest.OutcomeReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

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

    public static final int SUPPRESS_BELOW = FunnelService.SUPPRESS_BELOW;
    static final List<String> GROUPINGS = List.of("cohort", "county", "trainer", "track");

    @Inject EntityManager em;

    @Inject IncubationStore store;

    public OutcomeReport funnel(String groupBy, LocalDate asOf, Viewer viewer) {
        String by = grouping(groupBy);
        Map<Key, List<Person>> groups = group(load(asOf, viewer), by, viewer);
        String day = "by the end of " + asOf;
        List<OutcomeReport.Group> out = new ArrayList<>();
        groups.forEach((key, people) -> {
            List<OutcomeReport.Cell> cells = new ArrayList<>();
            int applied = count(people, p -> p.reached(Stage.APPLIED));
            int enrolled = count(people, p -> p.reached(Stage.ENROLLED));
            int completed = count(people, p -> p.reached(Stage.COMPLETED));
            int certified = count(people, p -> p.reached(Stage.COMPLETED) && p.certifiedBy(asOf));
            int employed = count(people, p -> p.reached(Stage.COMPLETED) && p.employedOn(asOf));
            int opened = count(people, p -> p.reached(Stage.COMPLETED) && p.shop(asOf).openedOn() != null);
            int firstSale = count(people, p -> p.reached(Stage.COMPLETED) && p.shop(asOf).openedOn() != null
                    && p.shop(asOf).firstSaleOn() != null);
            int active = count(people, p -> p.reached(Stage.COMPLETED) && p.shop(asOf).active());
            int both = count(people, p -> p.reached(Stage.COMPLETED) && p.employedOn(asOf)
                    && p.shop(asOf).openedOn() != null);
            int either = count(people,
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
        return new OutcomeReport("funnel", by, asOf, SUPPRESS_BELOW,
                "participations (enrolments) of trainees with a consent in force", out);
    }

    public OutcomeReport indicators(String groupBy, LocalDate asOf, Viewer viewer) {
        String by = grouping(groupBy);
        Map<Key, List<Person>> groups = group(load(asOf, viewer), by, viewer);
        List<OutcomeReport.Group> out = new ArrayList<>();
        groups.forEach((key, people) -> {
            List<OutcomeReport.Cell> cells = new ArrayList<>();
            for (int q : new int[]{2, 4}) {
                List<Person> due = people.stream().filter(p -> p.exitDate != null
                        && !quarterAfterExit(p.exitDate, q)[1].isAfter(asOf)).toList();
                int employed = count(due, p -> p.employedInQuarter(quarterAfterExit(p.exitDate, q)));
                cells.add(cell("employment_q" + q, "exiters in a placement on any day of the " + q
                        + (q == 2 ? "nd" : "th") + " calendar quarter after the exit quarter, or whose linked "
                        + "shop was ACTIVE on that quarter's last day",
                        "quarter " + q + " after exit, ended on or before " + asOf, employed,
                        "exiters whose quarter " + q + " after exit has ended", due.size()));
                if (q == 2) {
                    List<Long> earnings = due.stream()
                            .filter(p -> p.employedInQuarter(quarterAfterExit(p.exitDate, 2)))
                            .map(p -> p.earningsIn(quarterAfterExit(p.exitDate, 2))).sorted().toList();
                    cells.add(median(earnings));
                }
            }
            List<Person> credentialDue = people.stream().filter(p -> p.exitDate != null && p.reached(Stage.ENROLLED)
                    && !p.exitDate.plusYears(1).isAfter(asOf)).toList();
            int credentialed = count(credentialDue, p -> p.certificates.stream().anyMatch(
                    c -> !c.issuedOn.isBefore(p.cohort.startDate) && !c.issuedOn.isAfter(p.exitDate.plusYears(1))));
            cells.add(cell("credential_attainment", "enrolled exiters with a 互联网营销师 certificate issued between the "
                    + "cohort's start and one year after exit", "exit + 1 year, ended on or before " + asOf,
                    credentialed, "enrolled exiters whose year after exit has ended", credentialDue.size()));
            List<Person> inTraining = people.stream().filter(p -> p.reached(Stage.ACTIVE)).toList();
            int gains = count(inTraining, Person::skillGain);
            cells.add(cell("measurable_skill_gain", "participants in training (reached ACTIVE) who passed at least one "
                    + "module assessment dated from the cohort's start to their exit (or the cohort's end, or "
                    + "asOf, whichever is first)", "during the programme, up to " + asOf, gains,
                    "participants who reached ACTIVE", inTraining.size()));
            out.add(new OutcomeReport.Group(key.key(), key.label(), cells));
        });
        return new OutcomeReport("indicators", by, asOf, SUPPRESS_BELOW,
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

    private static Map<Key, List<Person>> group(List<Person> people, String by, Viewer viewer) {
        Map<Key, List<Person>> groups = new TreeMap<>();
        for (Person p : people) {
            List<Key> keys = switch (by) {
                case "county" -> List.of(new Key(p.cohort.countyCode, p.cohort.countyName));
                case "track" -> List.of(new Key(p.cohort.track.name(), p.cohort.track.name()));
                case "trainer" -> p.cohort.trainerSubs.stream()
                        .filter(t -> viewer.admin() || t.equals(viewer.sub()))
                        .map(t -> new Key(t, t)).toList();
                default -> List.of(new Key(p.cohort.id.toString(), p.cohort.name));
            };
            keys.forEach(k -> groups.computeIfAbsent(k, x -> new ArrayList<>()).add(p));
        }
        return groups;
    }

    /** Everyone the viewer may report on, with the facts their figures need, dated up to the end of asOf. */
    List<Person> load(LocalDate asOf, Viewer viewer) {
        OffsetDateTime cutoff = asOf.plusDays(1).atStartOfDay(CHINA).toOffsetDateTime();
        List<Cohort> cohorts = viewer.admin()
                ? em.createQuery("from Cohort c", Cohort.class).getResultList()
                : em.createQuery("from Cohort c where :t member of c.trainerSubs", Cohort.class)
                        .setParameter("t", viewer.sub()).getResultList();
        if (cohorts.isEmpty()) {
            return List.of();
        }
        Map<UUID, Cohort> cohortById = index(cohorts, c -> c.id);
        Set<UUID> consenting = new HashSet<>(em.createQuery(
                "select c.traineeId from Consent c where c.withdrawnAt is null", UUID.class).getResultList());
        List<Enrolment> enrolments = em
                .createQuery("from Enrolment e where e.cohortId in :c order by e.createdAt, e.id",
                        Enrolment.class)
                .setParameter("c", cohortById.keySet()).getResultList().stream()
                .filter(e -> consenting.contains(e.traineeId)).toList();
        if (enrolments.isEmpty()) {
            return List.of();
        }
        Set<UUID> enrolmentIds = new HashSet<>();
        Set<UUID> traineeIds = new HashSet<>();
        enrolments.forEach(e -> {
            enrolmentIds.add(e.id);
            traineeIds.add(e.traineeId);
        });
        Map<UUID, Set<Stage>> stages = new HashMap<>();
        for (StageTransition t : inChunks(enrolmentIds, ids -> em.createQuery(
                "from StageTransition t where t.enrolmentId in :ids", StageTransition.class)
                .setParameter("ids", ids).getResultList())) {
            if (t.at.isBefore(cutoff)) {
                stages.computeIfAbsent(t.enrolmentId, k -> EnumSet.noneOf(Stage.class)).add(t.toStage);
            }
        }
        Map<UUID, List<Certificate>> certificates = byTrainee(inChunks(traineeIds, ids -> em.createQuery(
                "from Certificate c where c.traineeId in :ids", Certificate.class).setParameter("ids", ids)
                .getResultList()), c -> c.traineeId);
        Map<UUID, List<Placement>> placements = byTrainee(inChunks(traineeIds, ids -> em.createQuery(
                "from Placement p where p.traineeId in :ids", Placement.class).setParameter("ids", ids)
                .getResultList()), p -> p.traineeId);
        Map<UUID, List<AssessmentResult>> results = byTrainee(inChunks(traineeIds, ids -> em.createQuery(
                "from AssessmentResult r where r.traineeId in :ids and r.passed = true", AssessmentResult.class)
                .setParameter("ids", ids).getResultList()), r -> r.traineeId);
        Map<UUID, ShopLink> links = index(inChunks(traineeIds, ids -> em.createQuery(
                "from ShopLink l where l.traineeId in :ids", ShopLink.class).setParameter("ids", ids)
                .getResultList()), l -> l.traineeId);
        Set<UUID> shops = new HashSet<>();
        links.values().forEach(l -> shops.add(l.shopId));
        Map<UUID, OffsetDateTime> openings = store.openings(shops);
        Map<UUID, List<OrderFact>> facts = store.factsOf(shops);
        List<Person> people = new ArrayList<>();
        for (Enrolment e : enrolments) {
            Set<Stage> reached = stages.getOrDefault(e.id, EnumSet.noneOf(Stage.class));
            ShopLink link = links.get(e.traineeId);
            people.add(new Person(cohortById.get(e.cohortId), reached,
                    reached.contains(Stage.EXITED) ? e.exitDate : null,
                    onOrBefore(certificates.get(e.traineeId), c -> c.issuedOn, asOf),
                    onOrBefore(placements.get(e.traineeId), p -> p.startDate, asOf),
                    onOrBefore(results.get(e.traineeId), r -> r.assessedOn, asOf),
                    link == null ? null : openings.get(link.shopId),
                    link == null ? List.of() : facts.getOrDefault(link.shopId, List.of()), asOf,
                    new HashMap<>()));
        }
        return people;
    }

    private static <T> List<T> onOrBefore(List<T> items, Function<T, LocalDate> day, LocalDate asOf) {
        return items == null ? List.of() : items.stream().filter(i -> !day.apply(i).isAfter(asOf)).toList();
    }

    private static <T> List<T> inChunks(Set<UUID> ids, Function<List<UUID>, List<T>> query) {
        List<UUID> all = new ArrayList<>(ids);
        List<T> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 1000) {
            out.addAll(query.apply(all.subList(i, Math.min(all.size(), i + 1000))));
        }
        return out;
    }

    private static <T> Map<UUID, List<T>> byTrainee(Collection<T> items, Function<T, UUID> key) {
        Map<UUID, List<T>> out = new HashMap<>();
        items.forEach(i -> out.computeIfAbsent(key.apply(i), k -> new ArrayList<>()).add(i));
        return out;
    }

    private static <T> Map<UUID, T> index(Collection<T> items, Function<T, UUID> key) {
        Map<UUID, T> out = new HashMap<>();
        items.forEach(i -> out.put(key.apply(i), i));
        return out;
    }

    /** One participation and the facts its figures are computed from. */
    record Person(Cohort cohort, Set<Stage> stages, LocalDate exitDate, List<Certificate> certificates,
            List<Placement> placements, List<AssessmentResult> passed, OffsetDateTime shopOpenedAt,
            List<OrderFact> facts, LocalDate asOf, Map<LocalDate, ShopMilestones> shopCache) {

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
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static int count(List<Person> people, Predicate<Person> test) {
        return (int) people.stream().filter(test).count();
    }

    static OutcomeReport.Cell cell(String name, String definition, String window, int count, String denominator,
            Integer denominatorCount) {
        boolean hidden = count < SUPPRESS_BELOW;
        boolean denominatorHidden = denominatorCount != null && denominatorCount < SUPPRESS_BELOW;
        Double rate = null;
        if (denominatorCount != null && !hidden && !denominatorHidden && denominatorCount > 0) {
            rate = Math.round(count * 1000.0 / denominatorCount) / 10.0;
        }
        return new OutcomeReport.Cell(name, definition, window, hidden ? null : count, denominator,
                denominatorHidden ? null : denominatorCount, rate, null, hidden || denominatorHidden);
    }

    /** Median of sorted earnings (the mean of the two middle ones, rounded down to the fen, for an even count). */
    static OutcomeReport.Cell median(List<Long> sorted) {
        int n = sorted.size();
        boolean hidden = n < SUPPRESS_BELOW;
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
