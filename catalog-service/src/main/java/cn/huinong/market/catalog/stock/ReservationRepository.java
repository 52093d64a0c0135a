package cn.huinong.market.catalog.stock;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Writes reservations with SQL whose conditions make racing requests safe, and reads them as entities.
 * "Now" is the caller's (ReservationService's injected clock), bound as a parameter, so tests can move time.
 */
@ApplicationScoped
public class ReservationRepository implements PanacheRepositoryBase<Reservation, UUID> {

    /**
     * Claims the checkout id. False if a reservation with this id exists: then, if another transaction is still
     * creating it, this waits for that one to end (the primary key's lock), so the caller sees its outcome.
     */
    public boolean claim(UUID checkoutId, String requestedBy, OffsetDateTime now, OffsetDateTime expiresAt) {
        return getEntityManager().createNativeQuery("""
                INSERT INTO reservation (checkout_id, status, requested_by, expires_at, created_at,
                                         updated_at, version)
                VALUES (:id, 'ACTIVE', :by, :expires, :now, :now, 0)
                ON CONFLICT (checkout_id) DO NOTHING""")
                .setParameter("id", checkoutId)
                .setParameter("by", requestedBy)
                .setParameter("expires", expiresAt)
                .setParameter("now", now)
                .executeUpdate() == 1;
    }

    public void addLine(UUID checkoutId, int lineNo, UUID skuId, int quantity) {
        getEntityManager().createNativeQuery("""
                INSERT INTO reservation_line (checkout_id, line_no, sku_id, quantity)
                VALUES (:id, :no, :sku, :q)""")
                .setParameter("id", checkoutId)
                .setParameter("no", lineNo)
                .setParameter("sku", skuId)
                .setParameter("q", quantity)
                .executeUpdate();
    }

    /**
     * Confirms an ACTIVE reservation, or expires it if its time is up; the row lock makes a racing confirm,
     * release or sweep wait and then find it no longer ACTIVE.
     *
     * @return the new status, or null if the reservation is missing or was not ACTIVE
     */
    public ReservationStatus confirmOrExpire(UUID checkoutId, OffsetDateTime now) {
        List<?> result = getEntityManager().createNativeQuery("""
                UPDATE reservation
                SET status = CASE WHEN expires_at <= :now THEN 'EXPIRED' ELSE 'CONFIRMED' END,
                    confirmed_at = CASE WHEN expires_at <= :now THEN NULL ELSE CAST(:now AS timestamptz) END,
                    released_at = CASE WHEN expires_at <= :now THEN CAST(:now AS timestamptz) ELSE NULL END,
                    updated_at = :now, version = version + 1
                WHERE checkout_id = :id AND status = 'ACTIVE'
                RETURNING status""")
                .setParameter("id", checkoutId)
                .setParameter("now", now)
                .getResultList();
        return result.isEmpty() ? null : ReservationStatus.valueOf(result.get(0).toString());
    }

    /** Releases an ACTIVE reservation; false if it is missing or not ACTIVE. */
    public boolean release(UUID checkoutId, OffsetDateTime now) {
        return getEntityManager().createNativeQuery("""
                UPDATE reservation SET status = 'RELEASED', released_at = :now, updated_at = :now,
                                       version = version + 1
                WHERE checkout_id = :id AND status = 'ACTIVE'""")
                .setParameter("id", checkoutId)
                .setParameter("now", now)
                .executeUpdate() == 1;
    }

    /**
     * Expires up to {@code limit} ACTIVE reservations past their time. SKIP LOCKED lets several instances sweep
     * at once without waiting for each other, and skips a reservation that is being confirmed right now.
     */
    @SuppressWarnings("unchecked")
    public List<UUID> expireDue(int limit, OffsetDateTime now) {
        return getEntityManager().createNativeQuery("""
                UPDATE reservation SET status = 'EXPIRED', released_at = :now, updated_at = :now,
                                       version = version + 1
                WHERE checkout_id IN (SELECT checkout_id FROM reservation
                                      WHERE status = 'ACTIVE' AND expires_at <= :now
                                      ORDER BY expires_at LIMIT :limit
                                      FOR UPDATE SKIP LOCKED)
                RETURNING checkout_id""", UUID.class)
                .setParameter("limit", limit)
                .setParameter("now", now)
                .getResultList();
    }

    /** The lines of the given reservations, summed per SKU: {@code [skuId, quantity]} rows. */
    @SuppressWarnings("unchecked")
    public List<Object[]> quantitiesPerSku(List<UUID> checkoutIds) {
        return getEntityManager().createNativeQuery("""
                SELECT sku_id, CAST(SUM(quantity) AS INTEGER) FROM reservation_line
                WHERE checkout_id IN (:ids) GROUP BY sku_id""")
                .setParameter("ids", checkoutIds)
                .getResultList();
    }
}
