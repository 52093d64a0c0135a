package cn.huinong.market.training.cohort;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class StageTransitionRepository implements PanacheRepositoryBase<StageTransition, UUID> {

    public List<StageTransition> ofEnrolment(UUID enrolmentId) {
        return list("enrolmentId = ?1 order by at, id", enrolmentId);
    }
}
