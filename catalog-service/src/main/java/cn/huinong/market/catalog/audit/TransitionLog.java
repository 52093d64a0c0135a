package cn.huinong.market.catalog.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Writes and reads the audit trails of shop and product transitions. */
@ApplicationScoped
public class TransitionLog {

    @Inject EntityManager em;

    public void shop(UUID shopId, ShopStatus from, ShopStatus to, String actor, String reason) {
        ShopTransition t = new ShopTransition();
        t.shopId = shopId;
        t.fromStatus = from;
        t.toStatus = to;
        t.actorSub = actor;
        t.reason = reason;
        t.at = OffsetDateTime.now(ZoneOffset.UTC);
        em.persist(t);
    }

    public void product(UUID productId, ProductStatus from, ProductStatus to, String actor, String reason) {
        ProductTransition t = new ProductTransition();
        t.productId = productId;
        t.fromStatus = from;
        t.toStatus = to;
        t.actorSub = actor;
        t.reason = reason;
        t.at = OffsetDateTime.now(ZoneOffset.UTC);
        em.persist(t);
    }

    public List<ShopTransition> ofShop(UUID shopId) {
        return em.createQuery("from ShopTransition where shopId = :id order by id", ShopTransition.class)
                .setParameter("id", shopId).getResultList();
    }

    public List<ProductTransition> ofProduct(UUID productId) {
        return em.createQuery("from ProductTransition where productId = :id order by id", ProductTransition.class)
                .setParameter("id", productId).getResultList();
    }
}
