package cn.huinong.market.orders.repository;

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
        return ids(find("status = ?1 and expiresAt < ?2 order by expiresAt", CheckoutStatus.PENDING_PAYMENT, now)
                .page(0, limit).project(ShopOrderRepository.IdOnly.class).list());
    }

    /** Settled checkouts whose reservation catalog-service has not yet been told to confirm or release. */
    public List<UUID> stockUnsettled(OffsetDateTime settledBefore, int limit) {
        return ids(find("stockState = ?1 and status <> ?2 and createdAt < ?3 order by createdAt", StockState.RESERVED,
                CheckoutStatus.PENDING_PAYMENT, settledBefore).page(0, limit)
                .project(ShopOrderRepository.IdOnly.class).list());
    }

    private static List<UUID> ids(List<ShopOrderRepository.IdOnly> rows) {
        return rows.stream().map(ShopOrderRepository.IdOnly::id).toList();
    }
}
