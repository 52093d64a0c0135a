package cn.huinong.market.training.placement;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PlacementRepository implements PanacheRepositoryBase<Placement, UUID> {

    public List<Placement> ofTrainee(UUID traineeId) {
        return list("traineeId = ?1 order by startDate, createdAt, id", traineeId);
    }
}
