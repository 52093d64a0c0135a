package cn.huinong.market.catalog.stock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Takes a recalled product's free stock off sale: every SKU's on-hand drops to what is already reserved, so nothing
 * more can be sold (the sellable rule then says OUT_OF_STOCK) while reservations already made are left to the
 * checkout saga. Stock is kept per SKU, not per lot, so the whole product's free stock goes.
 */
@ApplicationScoped
public class RecallStockBlock {

    @Inject EntityManager em;

    @Inject Clock clock;

    /** @return how many units were taken off sale */
    @Transactional
    public int withdraw(UUID productId) {
        Number free = (Number) em.createNativeQuery("""
                SELECT COALESCE(sum(st.on_hand - st.reserved), 0) FROM sku_stock st JOIN sku s ON s.id = st.sku_id
                WHERE s.product_id = :product AND st.on_hand > st.reserved""")
                .setParameter("product", productId).getSingleResult();
        em.createNativeQuery("""
                UPDATE sku_stock st SET on_hand = st.reserved, updated_at = :now, version = st.version + 1
                FROM sku s WHERE s.id = st.sku_id AND s.product_id = :product AND st.on_hand > st.reserved""")
                .setParameter("product", productId).setParameter("now", OffsetDateTime.now(clock))
                .executeUpdate();
        return free.intValue();
    }
}
