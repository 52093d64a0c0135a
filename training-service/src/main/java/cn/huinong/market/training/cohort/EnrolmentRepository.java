package cn.huinong.market.training.cohort;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class EnrolmentRepository implements PanacheRepositoryBase<Enrolment, UUID> {

    public List<Enrolment> ofCohort(UUID cohortId) {
        return list("cohortId = ?1 order by createdAt, id", cohortId);
    }

    public List<Enrolment> ofTrainee(UUID traineeId) {
        return list("traineeId = ?1 order by createdAt, id", traineeId);
    }

    /** The trainee is enrolled in a cohort the trainer is assigned to. */
    public boolean taughtBy(UUID traineeId, String trainerSub) {
        return count("from Enrolment e where e.traineeId = ?1 and exists (select 1 from Cohort c"
                + " where c.id = e.cohortId and ?2 member of c.trainerSubs)", traineeId, trainerSub) > 0;
    }

    public Optional<Enrolment> of(UUID cohortId, UUID traineeId) {
        return find("cohortId = ?1 and traineeId = ?2", cohortId, traineeId).firstResultOptional();
    }
}
