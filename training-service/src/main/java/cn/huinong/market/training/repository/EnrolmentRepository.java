package cn.huinong.market.training.repository;

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

    public Optional<Enrolment> of(UUID cohortId, UUID traineeId) {
        return find("cohortId = ?1 and traineeId = ?2", cohortId, traineeId).firstResultOptional();
    }
}
