package cn.huinong.market.orders.logistics;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PlanningJobRepository implements PanacheRepositoryBase<PlanningJob, UUID> {

    public Optional<PlanningJob> active(String hubCode, OffsetDateTime cutoff) {
        return find("hubCode = ?1 and cutoff = ?2 and status in ?3", hubCode, cutoff,
                List.of(PlanningJobStatus.QUEUED, PlanningJobStatus.RUNNING)).firstResultOptional();
    }
}
