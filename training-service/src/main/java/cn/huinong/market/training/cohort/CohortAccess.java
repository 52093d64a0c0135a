package cn.huinong.market.training.cohort;

import cn.huinong.market.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * The one ownership rule of the training service, applied by every read and write: an admin reaches everything;
 * a trainer reaches a cohort they are assigned to, and a trainee (with their notes, placements, results…) only
 * while that trainee is enrolled in such a cohort. Anything out of reach is answered exactly like something
 * that does not exist (404), so ids cannot be probed. (The trainee feature applies the same rule to load a
 * trainee: see {@code TraineeAccess}.)
 */
@ApplicationScoped
public class CohortAccess {

    @Inject CohortRepository cohorts;

    @Inject EnrolmentRepository enrolments;

    @Inject TraineeRegistry trainees;

    public Cohort cohort(UUID id, Viewer viewer) {
        return cohorts.findVisible(id, viewer.trainerScope())
                .orElseThrow(() -> ProblemException.notFound("cohort", id));
    }

    public boolean cohortVisible(UUID cohortId, Viewer viewer) {
        return cohorts.findVisible(cohortId, viewer.trainerScope()).isPresent();
    }

    public Enrolment enrolment(UUID id, Viewer viewer) {
        Enrolment enrolment = enrolments.findById(id);
        if (enrolment == null || cohorts.findVisible(enrolment.cohortId, viewer.trainerScope()).isEmpty()) {
            throw ProblemException.notFound("enrolment", id);
        }
        return enrolment;
    }

    /** Whether the viewer may reach the trainee: an admin always, a trainer while it is enrolled in their cohort. */
    public boolean teaches(UUID traineeId, Viewer viewer) {
        return viewer.admin() || enrolments.taughtBy(traineeId, viewer.sub());
    }

    /** 404 unless the trainee exists and the viewer may reach it. */
    public void trainee(UUID traineeId, Viewer viewer) {
        if (!trainees.exists(traineeId) || !teaches(traineeId, viewer)) {
            throw ProblemException.notFound("trainee", traineeId);
        }
    }
}
