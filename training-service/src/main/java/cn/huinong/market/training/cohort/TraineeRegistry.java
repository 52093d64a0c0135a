package cn.huinong.market.training.cohort;

import java.util.UUID;

/**
 * What enrolment needs to know of trainees: whether one exists. Implemented by the trainee feature, which
 * depends on cohorts (a trainee is registered into a cohort), so cohorts ask through this instead.
 */
public interface TraineeRegistry {

    boolean exists(UUID traineeId);
}
