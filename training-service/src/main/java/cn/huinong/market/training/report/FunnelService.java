package cn.huinong.market.training.report;

import cn.huinong.market.training.cohort.Cohort;
import cn.huinong.market.training.cohort.CohortAccess;
import cn.huinong.market.training.cohort.Stage;
import cn.huinong.market.training.cohort.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The cohort funnel (applied → enrolled → completed → certified → employed) as of a day, from the audited stage
 * history rather than the current stage, so a past "as of" date gives the same figures whatever happened since
 * (apart from consent withdrawals, which remove people from every new report). The same participations as the
 * outcome reports, for one cohort.
 */
@ApplicationScoped
public class FunnelService {

    @Inject CohortAccess access;

    @Inject Participations participations;

    public FunnelView funnel(UUID cohortId, LocalDate asOf, Viewer viewer) {
        Cohort cohort = access.cohort(cohortId, viewer);
        List<Participation> people = participations.of(List.of(cohort), asOf);
        String day = "by the end of " + asOf;
        List<FunnelView.Step> steps = new ArrayList<>();
        int applied = Participation.count(people, p -> p.reached(Stage.APPLIED));
        int enrolled = Participation.count(people, p -> p.reached(Stage.ENROLLED));
        int completed = Participation.count(people, p -> p.reached(Stage.COMPLETED));
        int certified = Participation.count(people, p -> p.reached(Stage.COMPLETED) && p.certifiedBy(asOf));
        int employed = Participation.count(people, p -> p.reached(Stage.COMPLETED) && p.employedOn(asOf));
        steps.add(step("applied", "entered the cohort (APPLIED)", day, applied, null, null));
        steps.add(step("enrolled", "reached ENROLLED", day, enrolled, "applied", applied));
        steps.add(step("completed", "reached COMPLETED", day, completed, "enrolled", enrolled));
        steps.add(step("certified", "completed and holds a certificate issued on or before asOf",
                "certificate issued on or before " + asOf, certified, "completed", completed));
        steps.add(step("employed", "completed and in a placement on asOf (started on or before, not ended before)",
                "on " + asOf, employed, "completed", completed));
        return new FunnelView(cohortId, cohort.name, asOf, SmallCells.SUPPRESS_BELOW,
                "trainees of the cohort with a consent in force", steps);
    }

    static FunnelView.Step step(String name, String definition, String window, int count, String denominator,
            Integer denominatorCount) {
        SmallCells.Figure f = SmallCells.figure(count, denominatorCount);
        return new FunnelView.Step(name, definition, window, f.count(), denominator, f.denominatorCount(), f.rate(),
                f.suppressed());
    }
}
