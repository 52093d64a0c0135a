package cn.huinong.market.training.trainee;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SensitiveAccessRepository implements PanacheRepositoryBase<SensitiveAccess, UUID> {

    public List<SensitiveAccess> ofTrainee(UUID traineeId) {
        return list("traineeId = ?1 order by accessedAt, id", traineeId);
    }
}
