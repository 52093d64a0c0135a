package cn.huinong.market.training.service;

import static cn.huinong.market.training.config.ChinaClockProvider.CHINA;

import cn.huinong.market.training.repository.Certificate;
import cn.huinong.market.training.repository.CertificateRepository;
import cn.huinong.market.training.repository.Cohort;
import cn.huinong.market.training.repository.ConsentRepository;
import cn.huinong.market.training.repository.Enrolment;
import cn.huinong.market.training.repository.EnrolmentRepository;
import cn.huinong.market.training.repository.Placement;
import cn.huinong.market.training.repository.PlacementRepository;
import cn.huinong.market.training.repository.Stage;
import cn.huinong.market.training.repository.StageTransition;
import cn.huinong.market.training.repository.StageTransitionRepository;
import cn.huinong.market.training.rest.FunnelView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The cohort funnel (applied → enrolled → completed → certified → employed) as of a day, from the audited stage
 * history rather than the current stage, so a past "as of" date gives the same figures whatever happened since
 * (apart from consent withdrawals, which remove people from every new report).
 */
@ApplicationScoped
public class FunnelService {

    public static final int SUPPRESS_BELOW = 5;

    @Inject Access access;

    @Inject EnrolmentRepository enrolments;

    @Inject StageTransitionRepository transitions;

    @Inject ConsentRepository consents;

    @Inject CertificateRepository certificates;

    @Inject PlacementRepository placements;

    public FunnelView funnel(UUID cohortId, LocalDate asOf, Viewer viewer) {
        Cohort cohort = access.cohort(cohortId, viewer);
        OffsetDateTime cutoff = asOf.plusDays(1).atStartOfDay(CHINA).toOffsetDateTime();
        List<Reached> people = new ArrayList<>();
        for (Enrolment e : enrolments.ofCohort(cohortId)) {
            if (consents.inForce(e.traineeId).isPresent()) {
                people.add(reached(e, cutoff, asOf));
            }
        }
        String day = "by the end of " + asOf;
        List<FunnelView.Step> steps = new ArrayList<>();
        int applied = count(people, r -> r.stages.contains(Stage.APPLIED));
        int enrolled = count(people, r -> r.stages.contains(Stage.ENROLLED));
        int completed = count(people, r -> r.stages.contains(Stage.COMPLETED));
        int certified = count(people, r -> r.stages.contains(Stage.COMPLETED) && r.certified);
        int employed = count(people, r -> r.stages.contains(Stage.COMPLETED) && r.employed);
        steps.add(step("applied", "entered the cohort (APPLIED)", day, applied, null, null));
        steps.add(step("enrolled", "reached ENROLLED", day, enrolled, "applied", applied));
        steps.add(step("completed", "reached COMPLETED", day, completed, "enrolled", enrolled));
        steps.add(step("certified", "completed and holds a certificate issued on or before asOf",
                "certificate issued on or before " + asOf, certified, "completed", completed));
        steps.add(step("employed", "completed and in a placement on asOf (started on or before, not ended before)",
                "on " + asOf, employed, "completed", completed));
        return new FunnelView(cohortId, cohort.name, asOf, SUPPRESS_BELOW,
                "trainees of the cohort with a consent in force", steps);
    }

    private Reached reached(Enrolment e, OffsetDateTime cutoff, LocalDate asOf) {
        Set<Stage> stages = java.util.EnumSet.noneOf(Stage.class);
        for (StageTransition t : transitions.ofEnrolment(e.id)) {
            if (t.at.isBefore(cutoff)) {
                stages.add(t.toStage);
            }
        }
        boolean certified = certificates.ofTrainee(e.traineeId).stream()
                .map((Certificate c) -> c.issuedOn).anyMatch(d -> !d.isAfter(asOf));
        boolean employed = placements.ofTrainee(e.traineeId).stream()
                .anyMatch((Placement p) -> !p.startDate.isAfter(asOf)
                        && (p.endDate == null || !p.endDate.isBefore(asOf)));
        return new Reached(stages, certified, employed);
    }

    private record Reached(Set<Stage> stages, boolean certified, boolean employed) {
    }

    private static int count(List<Reached> people, Predicate<Reached> test) {
        return (int) people.stream().filter(test).count();
    }

    static FunnelView.Step step(String name, String definition, String window, int count, String denominator,
            Integer denominatorCount) {
        boolean hidden = count < SUPPRESS_BELOW;
        boolean denominatorHidden = denominatorCount != null && denominatorCount < SUPPRESS_BELOW;
        Double rate = null;
        if (denominatorCount != null && !hidden && !denominatorHidden && denominatorCount > 0) {
            rate = Math.round(count * 1000.0 / denominatorCount) / 10.0;
        }
        return new FunnelView.Step(name, definition, window, hidden ? null : count, denominator,
                denominatorHidden ? null : denominatorCount, rate, hidden);
    }
}
