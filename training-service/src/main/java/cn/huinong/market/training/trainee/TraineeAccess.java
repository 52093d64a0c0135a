package cn.huinong.market.training.trainee;

import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.training.cohort.CohortAccess;
import cn.huinong.market.training.cohort.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Loads a trainee for a viewer under the service's ownership rule ({@link CohortAccess}): 404 when it does not
 * exist or is out of the viewer's reach, so ids cannot be probed. Every feature that hangs data off a trainee
 * (placements, results, notes, shops…) starts here.
 */
@ApplicationScoped
public class TraineeAccess {

    @Inject TraineeRepository trainees;

    @Inject CohortAccess cohorts;

    public Trainee trainee(UUID id, Viewer viewer) {
        Trainee trainee = trainees.findById(id);
        if (trainee == null || !cohorts.teaches(id, viewer)) {
            throw ProblemException.notFound("trainee", id);
        }
        return trainee;
    }
}
