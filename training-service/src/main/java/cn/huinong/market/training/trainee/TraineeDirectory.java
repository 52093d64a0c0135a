package cn.huinong.market.training.trainee;

import cn.huinong.market.training.cohort.TraineeRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Trainees looked up by id for code that has already checked access (or needs none, like the public certificate
 * check): names on rosters and certificates, the intake baseline of income.
 */
@ApplicationScoped
public class TraineeDirectory implements TraineeRegistry {

    @Inject TraineeRepository trainees;

    @Override
    public boolean exists(UUID traineeId) {
        return trainees.findById(traineeId) != null;
    }

    /** The trainee, or null. */
    public Trainee find(UUID traineeId) {
        return trainees.findById(traineeId);
    }
}
