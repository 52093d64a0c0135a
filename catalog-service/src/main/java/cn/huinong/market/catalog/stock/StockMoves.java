package cn.huinong.market.catalog.stock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.UUID;

/**
 * The only code that moves units between sellable, reserved and gone. Each move is one conditional UPDATE, so
 * it is safe with any number of service instances on one database: the row lock serializes racing moves and
 * the condition is checked against the row as it is after the previous one committed.
 */
@ApplicationScoped
public class StockMoves {

    @Inject Clock clock;

    /**
     * The order in which a transaction touches several stock rows. Every transaction uses it, so two of them can
     * never each hold a row the other waits for. (Text order of a UUID is PostgreSQL's order of it as well.)
     */
    public static final Comparator<UUID> LOCK_ORDER = Comparator.comparing(UUID::toString);

    @Inject EntityManager em;

    /** Reserves {@code quantity} units if that many are sellable; false (and nothing changed) if not. */
    public boolean reserve(UUID skuId, int quantity) {
        return em.createNativeQuery("""
                UPDATE sku_stock SET reserved = reserved + :q, updated_at = :now
                WHERE sku_id = :sku AND on_hand - reserved >= :q""")
                .setParameter("q", quantity)
                .setParameter("sku", skuId)
                .setParameter("now", OffsetDateTime.now(clock))
                .executeUpdate() == 1;
    }

    /** Gives reserved units back to sellable (a released or expired reservation). */
    public void unreserve(UUID skuId, int quantity) {
        requireOneRow(skuId, em.createNativeQuery("""
                UPDATE sku_stock SET reserved = reserved - :q, updated_at = :now
                WHERE sku_id = :sku AND reserved >= :q""")
                .setParameter("q", quantity)
                .setParameter("sku", skuId)
                .setParameter("now", OffsetDateTime.now(clock))
                .executeUpdate());
    }

    /**
     * Takes reserved units out of stock (a confirmed reservation: the goods are sold). On-hand changes, so the
     * version does too: a seller's count read before the sale must not put the sold units back.
     */
    public void consume(UUID skuId, int quantity) {
        requireOneRow(skuId, em.createNativeQuery("""
                UPDATE sku_stock SET on_hand = on_hand - :q, reserved = reserved - :q,
                       updated_at = :now, version = version + 1
                WHERE sku_id = :sku AND reserved >= :q""")
                .setParameter("q", quantity)
                .setParameter("sku", skuId)
                .setParameter("now", OffsetDateTime.now(clock))
                .executeUpdate());
    }

    /** Units that could be reserved right now (0 for a SKU without a stock row). */
    public int available(UUID skuId) {
        Number available = (Number) em.createNativeQuery("""
                SELECT COALESCE((SELECT on_hand - reserved FROM sku_stock WHERE sku_id = :sku), 0)""")
                .setParameter("sku", skuId)
                .getSingleResult();
        return available.intValue();
    }

    private static void requireOneRow(UUID skuId, int updated) {
        if (updated != 1) {
            // Only reachable if someone edited sku_stock by hand: refuse rather than corrupt the counts.
            throw new IllegalStateException("Stock of SKU " + skuId + " does not hold the reserved units");
        }
    }
}
