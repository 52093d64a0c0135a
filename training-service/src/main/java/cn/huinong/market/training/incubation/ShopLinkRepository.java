package cn.huinong.market.training.incubation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ShopLinkRepository implements PanacheRepositoryBase<ShopLink, UUID> {

    public Optional<ShopLink> ofShop(UUID shopId) {
        return find("shopId", shopId).firstResultOptional();
    }

    public List<ShopLinkAudit> history(UUID traineeId) {
        return getEntityManager().createQuery(
                "from ShopLinkAudit a where a.traineeId = :t order by a.at, a.id", ShopLinkAudit.class)
                .setParameter("t", traineeId).getResultList();
    }
}
