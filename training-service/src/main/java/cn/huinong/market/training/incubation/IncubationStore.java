package cn.huinong.market.training.incubation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The order feed's facts, the feed cursor and shop openings (plain tables, no entities: they are written in bulk
 * with ON CONFLICT and read as records).
 */
@ApplicationScoped
public class IncubationStore {

    public static final String ORDERS_FEED = "orders";

    @Inject EntityManager em;

    /** The sequence of the last event applied (0 before the first). */
    public long cursor(String name) {
        List<?> rows = em.createNativeQuery("SELECT last_sequence FROM feed_cursor WHERE name = ?1")
                .setParameter(1, name).getResultList();
        return rows.isEmpty() ? 0L : ((Number) rows.get(0)).longValue();
    }

    /** Locks the cursor row for this transaction, so two pollers never apply the same page at once. */
    public long lockCursor(String name) {
        em.createNativeQuery("INSERT INTO feed_cursor (name, last_sequence, updated_at) VALUES (?1, 0, now()) "
                + "ON CONFLICT (name) DO NOTHING").setParameter(1, name).executeUpdate();
        return ((Number) em.createNativeQuery("SELECT last_sequence FROM feed_cursor WHERE name = ?1 FOR UPDATE")
                .setParameter(1, name).getSingleResult()).longValue();
    }

    /** Moves the cursor forward only: a replayed, older page never moves it back. */
    public void advance(String name, long sequence) {
        em.createNativeQuery("UPDATE feed_cursor SET last_sequence = GREATEST(last_sequence, ?2), updated_at = now() "
                + "WHERE name = ?1").setParameter(1, name).setParameter(2, sequence).executeUpdate();
    }

    /** Stores a fact unless its event is already stored; true when it was new. */
    public boolean insert(OrderFact f, String source) {
        return em.createNativeQuery("INSERT INTO order_fact (event_id, sequence, type, occurred_at, shop_order_id, "
                + "shop_id, total_fen, commission_fen, refund_fen, commission_refund_fen, fully_refunded, source) "
                + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) ON CONFLICT (event_id) DO NOTHING")
                .setParameter(1, f.eventId()).setParameter(2, f.sequence()).setParameter(3, f.type())
                .setParameter(4, f.occurredAt()).setParameter(5, f.shopOrderId()).setParameter(6, f.shopId())
                .setParameter(7, f.totalFen()).setParameter(8, f.commissionFen()).setParameter(9, f.refundFen())
                .setParameter(10, f.commissionRefundFen()).setParameter(11, f.fullyRefunded())
                .setParameter(12, source).executeUpdate() > 0;
    }

    public long factCount() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM order_fact").getSingleResult()).longValue();
    }

    /** The facts of these shops, each shop's in feed order (time, then sequence). */
    public Map<UUID, List<OrderFact>> factsOf(Collection<UUID> shopIds) {
        Map<UUID, List<OrderFact>> byShop = new HashMap<>();
        if (shopIds.isEmpty()) {
            return byShop;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT event_id, sequence, type, occurred_at, shop_order_id, "
                + "shop_id, total_fen, commission_fen, refund_fen, commission_refund_fen, fully_refunded "
                + "FROM order_fact WHERE shop_id IN (:ids) ORDER BY shop_id, occurred_at, sequence, event_id")
                .setParameter("ids", List.copyOf(shopIds)).getResultList();
        for (Object[] r : rows) {
            OrderFact f = new OrderFact((UUID) r[0], ((Number) r[1]).longValue(), (String) r[2], time(r[3]),
                    (UUID) r[4], (UUID) r[5], ((Number) r[6]).longValue(), ((Number) r[7]).longValue(),
                    ((Number) r[8]).longValue(), ((Number) r[9]).longValue(), (Boolean) r[10]);
            byShop.computeIfAbsent(f.shopId(), k -> new ArrayList<>()).add(f);
        }
        return byShop;
    }

    public List<OrderFact> factsOf(UUID shopId) {
        return factsOf(List.of(shopId)).getOrDefault(shopId, List.of());
    }

    /** When catalog approved each shop (absent: never checked or not approved yet). */
    public Map<UUID, OffsetDateTime> openings(Collection<UUID> shopIds) {
        Map<UUID, OffsetDateTime> out = new HashMap<>();
        if (shopIds.isEmpty()) {
            return out;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT shop_id, approved_at FROM shop_opening "
                + "WHERE shop_id IN (:ids) AND approved_at IS NOT NULL")
                .setParameter("ids", List.copyOf(shopIds)).getResultList();
        for (Object[] r : rows) {
            out.put((UUID) r[0], time(r[1]));
        }
        return out;
    }

    public Optional<OffsetDateTime> opening(UUID shopId) {
        return Optional.ofNullable(openings(List.of(shopId)).get(shopId));
    }

    /** Linked shops whose opening is not known yet: catalog is asked about these on every sync. */
    @SuppressWarnings("unchecked")
    public List<UUID> linkedShopsNotOpened() {
        return em.createNativeQuery(
                "SELECT l.shop_id FROM shop_link l LEFT JOIN shop_opening o ON o.shop_id = l.shop_id "
                        + "WHERE o.approved_at IS NULL ORDER BY l.shop_id")
                .getResultList();
    }

    public void recordOpening(UUID shopId, OffsetDateTime approvedAt) {
        if (approvedAt == null) {
            em.createNativeQuery("INSERT INTO shop_opening (shop_id, approved_at, checked_at) VALUES (?1, NULL, now()) "
                    + "ON CONFLICT (shop_id) DO UPDATE SET checked_at = now()").setParameter(1, shopId).executeUpdate();
            return;
        }
        em.createNativeQuery("INSERT INTO shop_opening (shop_id, approved_at, checked_at) VALUES (?1, ?2, now()) "
                + "ON CONFLICT (shop_id) DO UPDATE SET approved_at = COALESCE(shop_opening.approved_at, "
                + "EXCLUDED.approved_at), checked_at = now()")
                .setParameter(1, shopId).setParameter(2, approvedAt).executeUpdate();
    }

    private static OffsetDateTime time(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
