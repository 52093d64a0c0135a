package cn.huinong.market.training.cohort;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CohortSessionRepository implements PanacheRepositoryBase<CohortSession, UUID> {

    /** In teaching order: by date, then id (the order consecutive absences are counted in). */
    public List<CohortSession> ofCohort(UUID cohortId) {
        return list("cohortId = ?1 order by date, createdAt, id", cohortId);
    }
}
