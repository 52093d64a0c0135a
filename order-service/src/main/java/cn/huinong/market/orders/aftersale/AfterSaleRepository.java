package cn.huinong.market.orders.aftersale;

import cn.huinong.market.common.paging.JpqlFilter;
import cn.huinong.market.common.paging.TimeKey;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AfterSaleRepository implements PanacheRepositoryBase<AfterSale, UUID> {

    public AfterSale lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public AfterSale openOf(UUID shopOrderId) {
        return find("shopOrderId = ?1 and status not in ?2", shopOrderId,
                List.of(AfterSaleStatus.REFUNDED, AfterSaleStatus.CLOSED, AfterSaleStatus.WITHDRAWN))
                .firstResult();
    }

    /** Keyset page, newest first: a buyer's cases, a seller's shops' cases, or everyone's (admins). */
    public List<AfterSale> page(String buyerSub, String ownerSub, UUID shopOrderId, AfterSaleStatus status,
            TimeKey before, int limit) {
        JpqlFilter filter = new JpqlFilter().eq("buyerSub", buyerSub).eq("shopOwnerSub", ownerSub)
                .eq("shopOrderId", shopOrderId).eq("status", status);
        String condition = TimeKey.before(before, filter.where(), "createdAt", "id", filter.params());
        return find(condition + " order by createdAt desc, id desc", filter.params()).page(0, limit + 1).list();
    }

    public List<UUID> rejectedBefore(OffsetDateTime now, int limit) {
        return find("status = ?1 and disputeDeadline < ?2 order by disputeDeadline", AfterSaleStatus.REJECTED, now)
                .page(0, limit).list().stream().map(a -> a.id).toList();
    }

    public List<AfterSaleTransition> history(UUID id) {
        return getEntityManager().createQuery(
                "from AfterSaleTransition where afterSaleId = ?1 order by id", AfterSaleTransition.class)
                .setParameter(1, id).getResultList();
    }

    public List<AfterSalePhoto> photos(UUID id) {
        return getEntityManager().createQuery(
                "from AfterSalePhoto where afterSaleId = ?1 order by createdAt, id", AfterSalePhoto.class)
                .setParameter(1, id).getResultList();
    }

    public AfterSalePhoto photo(UUID caseId, UUID photoId) {
        AfterSalePhoto p = getEntityManager().find(AfterSalePhoto.class, photoId);
        return p == null || !p.afterSaleId.equals(caseId) ? null : p;
    }
}
