package cn.huinong.market.training.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
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

    public void audit(UUID traineeId, String action, UUID shopId, String ownerSub, String actor, String reason) {
        ShopLinkAudit a = new ShopLinkAudit();
        a.id = UUID.randomUUID();
        a.traineeId = traineeId;
        a.action = action;
        a.shopId = shopId;
        a.ownerSub = ownerSub;
        a.actorSub = actor;
        a.at = OffsetDateTime.now(java.time.ZoneOffset.UTC);
        a.reason = reason == null || reason.isBlank() ? null : reason.strip();
        getEntityManager().persist(a);
    }
}
