package cn.huinong.market.orders.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class RefundRepository implements PanacheRepositoryBase<Refund, UUID> {

    public Refund lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public List<Refund> ofOrder(UUID shopOrderId) {
        return list("shopOrderId = ?1 order by createdAt, id", shopOrderId);
    }

    /** Keyset page, oldest first. */
    public List<Refund> inStatus(RefundStatus status, OffsetDateTime afterCreated, UUID afterId, int limit) {
        if (afterCreated == null) {
            return find("status = ?1 order by createdAt, id", status).page(0, limit + 1).list();
        }
        return find("status = ?1 and (createdAt > ?2 or (createdAt = ?2 and id > ?3)) order by createdAt, id",
                status, afterCreated, afterId).page(0, limit + 1).list();
    }

    public List<UUID> pendingBefore(OffsetDateTime cutoff, int limit) {
        return find("status = ?1 and createdAt < ?2 order by createdAt", RefundStatus.PENDING, cutoff)
                .page(0, limit).project(ShopOrderRepository.IdOnly.class).list().stream()
                .map(ShopOrderRepository.IdOnly::id).toList();
    }
}
