package cn.huinong.market.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * Whether a shop holds a halal certificate covering a category on a date. Asked at read time, so an expired
 * certificate removes the halal flag the next day without anyone acting.
 */
@ApplicationScoped
public class HalalStatus {

    /** Certificates run by the calendar of the place they are issued in. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Inject
    EntityManager em;

    public boolean covered(UUID shopId, UUID categoryId, LocalDate date) {
        Object found = em.createNativeQuery("""
                WITH RECURSIVE lineage AS (
                    SELECT id, parent_id FROM category WHERE id = :category
                    UNION ALL
                    SELECT c.id, c.parent_id FROM category c JOIN lineage l ON c.id = l.parent_id)
                SELECT EXISTS (
                    SELECT 1 FROM halal_certificate hc
                    JOIN halal_certificate_category hcc ON hcc.certificate_id = hc.id
                    WHERE hc.shop_id = :shop AND hc.status = 'ACTIVE'
                      AND hc.valid_from <= :day AND hc.valid_to >= :day
                      AND hcc.category_id IN (SELECT id FROM lineage))""")
                .setParameter("category", categoryId)
                .setParameter("shop", shopId)
                .setParameter("day", date)
                .getSingleResult();
        return Boolean.TRUE.equals(found);
    }

    public boolean coveredToday(UUID shopId, UUID categoryId) {
        return covered(shopId, categoryId, LocalDate.now(CHINA));
    }
}
