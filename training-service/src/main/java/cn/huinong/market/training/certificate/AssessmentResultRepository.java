package cn.huinong.market.training.certificate;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AssessmentResultRepository implements PanacheRepositoryBase<AssessmentResult, UUID> {

    public List<AssessmentResult> ofTrainee(UUID traineeId) {
        return list("traineeId = ?1 order by assessedOn, createdAt, id", traineeId);
    }

    public boolean exists(UUID traineeId, UUID moduleId, LocalDate on) {
        return count("traineeId = ?1 and moduleId = ?2 and assessedOn = ?3", traineeId, moduleId, on) > 0;
    }
}
