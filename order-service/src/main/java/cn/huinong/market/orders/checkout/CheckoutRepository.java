package cn.huinong.market.orders.checkout;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CheckoutRepository implements PanacheRepositoryBase<Checkout, UUID> {

    public Checkout lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Unpaid checkouts whose payment window has passed, oldest first. */
    public List<UUID> overdue(OffsetDateTime now, int limit) {
        return getEntityManager().createQuery("select id from Checkout where status = ?1 and expiresAt < ?2"
                + " order by expiresAt", UUID.class).setParameter(1, CheckoutStatus.PENDING_PAYMENT)
                .setParameter(2, now).setMaxResults(limit).getResultList();
    }

    /** Settled checkouts whose reservation catalog-service has not yet been told to confirm or release. */
    public List<UUID> stockUnsettled(OffsetDateTime settledBefore, int limit) {
        return getEntityManager().createQuery("select id from Checkout where stockState = ?1 and status <> ?2"
                + " and createdAt < ?3 order by createdAt", UUID.class).setParameter(1, StockState.RESERVED)
                .setParameter(2, CheckoutStatus.PENDING_PAYMENT).setParameter(3, settledBefore).setMaxResults(limit)
                .getResultList();
    }
}
