package cn.huinong.market.orders.payment;

import cn.huinong.market.common.paging.TimeKey;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    public List<Refund> inStatus(RefundStatus status, String after, int limit) {
        Map<String, Object> params = new HashMap<>(Map.of("status", status));
        String condition = TimeKey.after(after, "status = :status", "createdAt", "id", params);
        return find(condition + " order by createdAt, id", params).page(0, limit + 1).list();
    }

    public List<UUID> pendingBefore(OffsetDateTime cutoff, int limit) {
        return getEntityManager().createQuery("select id from Refund where status = ?1 and createdAt < ?2"
                + " order by createdAt", UUID.class).setParameter(1, RefundStatus.PENDING).setParameter(2, cutoff)
                .setMaxResults(limit).getResultList();
    }
}
