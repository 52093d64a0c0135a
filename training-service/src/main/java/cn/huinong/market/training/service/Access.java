package cn.huinong.market.training.service;

import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.training.repository.Cohort;
import cn.huinong.market.training.repository.CohortRepository;
import cn.huinong.market.training.repository.Enrolment;
import cn.huinong.market.training.repository.EnrolmentRepository;
import cn.huinong.market.training.repository.Trainee;
import cn.huinong.market.training.repository.TraineeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * The one ownership rule of the training service, applied by every read and write: an admin reaches everything;
 * a trainer reaches a cohort they are assigned to, and a trainee (with their notes, placements, results…) only
 * while that trainee is enrolled in such a cohort. Anything out of reach is answered exactly like something
 * that does not exist (404), so ids cannot be probed.
 */
@ApplicationScoped
public class Access {

    @Inject TraineeRepository trainees;

    @Inject CohortRepository cohorts;

    @Inject EnrolmentRepository enrolments;

    public Trainee trainee(UUID id, Viewer viewer) {
        Trainee trainee = trainees.findById(id);
        if (trainee == null || !(viewer.admin() || trainees.taughtBy(id, viewer.sub()))) {
            throw ProblemException.notFound("trainee", id);
        }
        return trainee;
    }

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
}
