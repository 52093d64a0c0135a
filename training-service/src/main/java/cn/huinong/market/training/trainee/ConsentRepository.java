package cn.huinong.market.training.trainee;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ConsentRepository implements PanacheRepositoryBase<Consent, UUID> {

    public Optional<Consent> inForce(UUID traineeId) {
        return find("traineeId = ?1 and withdrawnAt is null", traineeId).firstResultOptional();
    }

    public List<Consent> history(UUID traineeId) {
        return list("traineeId = ?1 order by recordedAt, id", traineeId);
    }
}
