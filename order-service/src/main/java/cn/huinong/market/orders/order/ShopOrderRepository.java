package cn.huinong.market.orders.order;

import cn.huinong.market.common.paging.JpqlFilter;
import cn.huinong.market.common.paging.TimeKey;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ShopOrderRepository implements PanacheRepositoryBase<ShopOrder, UUID> {

    /** Row-locks the order: moves of one order are serialized, so two racing moves cannot both apply. */
    public ShopOrder lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Row-locks all shop orders of a checkout, in one statement and a fixed order, before the caller writes any
     * event: writers take the outbox lock only after their row locks, so two writers cannot wait on each other.
     */
    public List<ShopOrder> lockAllOf(UUID checkoutId) {
        return find("checkoutId = ?1 order by id", checkoutId).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    public List<ShopOrder> ofCheckout(UUID checkoutId) {
        return list("checkoutId = ?1 order by shopId", checkoutId);
    }

    /** Keyset page, newest first, of a buyer's or a shop's orders (or everyone's for admins). */
    public List<ShopOrder> page(String buyerSub, UUID shopId, String ownerSub, OrderStatus status, TimeKey before,
            int limit) {
        JpqlFilter filter = new JpqlFilter().eq("buyerSub", buyerSub).eq("shopId", shopId)
                .eq("shopOwnerSub", ownerSub).eq("status", status);
        String condition = TimeKey.before(before, filter.where(), "createdAt", "id", filter.params());
        return find(condition + " order by createdAt desc, id desc", filter.params()).page(0, limit + 1).list();
    }

    public List<UUID> shipByMissed(OffsetDateTime now, int limit) {
        return find("status in ?1 and shipBy < ?2 order by shipBy", List.of(OrderStatus.PAID, OrderStatus.ACCEPTED),
                now).page(0, limit).project(IdOnly.class).list().stream().map(IdOnly::id).toList();
    }

    public List<UUID> deliveredBefore(OffsetDateTime cutoff, int limit) {
        return find("status = ?1 and deliveredAt < ?2 order by deliveredAt", OrderStatus.DELIVERED, cutoff)
                .page(0, limit).project(IdOnly.class).list().stream().map(IdOnly::id).toList();
    }

    @io.quarkus.runtime.annotations.RegisterForReflection
    public record IdOnly(UUID id) {
    }
}
