package cn.huinong.market.catalog.halal;

import cn.huinong.market.catalog.category.CategoryService;
import cn.huinong.market.catalog.config.CertificatesConfig;
import cn.huinong.market.catalog.shop.HalalCertificatesOnFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Whether a shop's halal certificates cover a product — the one rule for publishing a product in a category that
 * requires halal certification and for the buyer-facing {@code halal} flag.
 *
 * <p>A certificate covers (shop, category) on a day when all hold:
 * <ul>
 *   <li>it belongs to that shop (another shop's certificate never counts);</li>
 *   <li>its status is {@code ACTIVE} (not SUSPENDED, not REVOKED);</li>
 *   <li>{@code valid_from <= day <= valid_to} (both ends inclusive);</li>
 *   <li>it lists the category itself or any ancestor of it.</li>
 * </ul>
 * "Today" is the calendar day in {@code huinong.catalog.certificates.zone} (Asia/Shanghai), not the server's
 * or the database session's zone. Nothing is stored: the flag is computed when read, so a certificate past its
 * {@code valid_to} stops counting the next day without anyone acting.
 *
 * <p>The same rule in SQL, for queries that list or filter many products ({@link #SQL_HALAL}):
 * <pre>{@code
 * EXISTS (SELECT 1 FROM halal_certificate hc
 *         JOIN halal_certificate_category hcc ON hcc.certificate_id = hc.id
 *         JOIN category_lineage cl ON cl.ancestor_id = hcc.category_id
 *         WHERE hc.shop_id = p.shop_id AND cl.category_id = p.category_id
 *           AND hc.status = 'ACTIVE' AND hc.valid_from <= :today AND hc.valid_to >= :today)
 * }</pre>
 * where {@code p} is the product row and {@code :today} is bound to {@link #today()} (a {@code DATE}).
 * {@code category_lineage} (migration V4_0) is a view of (category, each ancestor and itself). Bind the date
 * from Java rather than using {@code CURRENT_DATE}: the database session runs in UTC, whose day starts eight
 * hours after Shanghai's. (Pure SQL alternative: {@code (now() AT TIME ZONE 'Asia/Shanghai')::date}.)
 */
@ApplicationScoped
public class HalalCertificates implements HalalCertificatesOnFile {

    /** The SQL condition for a product aliased {@code p} and a bound DATE parameter {@code :today}. */
    public static final String SQL_HALAL = sqlHalal("p", ":today");

    /** The SQL condition for another product alias or date expression (e.g. {@code ?} for JDBC). */
    public static String sqlHalal(String productAlias, String dateExpression) {
        return "EXISTS (SELECT 1 FROM halal_certificate hc"
                + " JOIN halal_certificate_category hcc ON hcc.certificate_id = hc.id"
                + " JOIN category_lineage cl ON cl.ancestor_id = hcc.category_id"
                + " WHERE hc.shop_id = " + productAlias + ".shop_id"
                + " AND cl.category_id = " + productAlias + ".category_id"
                + " AND hc.status = 'ACTIVE'"
                + " AND hc.valid_from <= " + dateExpression + " AND hc.valid_to >= " + dateExpression + ")";
    }

    @Inject EntityManager em;

    @Inject CategoryService categories;

    @Inject HalalCertificateRepository certificates;

    @Inject CertificatesConfig config;

    @Inject Clock clock;

    /** Today's date in Asia/Shanghai (the configured zone). */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(config.zone()));
    }

    /** For a shop's approval: a certificate of the shop, any category, in force today. */
    @Override
    public boolean anyInForce(UUID shopId) {
        return certificates.anyInForce(shopId, today());
    }

    /** The certificate covering (shop, category) today, if any; see the class comment for the rule. */
    public Optional<HalalCertificate> coverFor(UUID shopId, UUID categoryId) {
        return coverFor(shopId, categoryId, today());
    }

    /**
     * The certificate covering (shop, category) on {@code date}, if any. With several, the one valid longest is
     * returned (then the lowest id, so the answer is stable).
     */
    public Optional<HalalCertificate> coverFor(UUID shopId, UUID categoryId, LocalDate date) {
        List<UUID> lineage = categories.lineage(categoryId);
        if (shopId == null || lineage.isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery("""
                select distinct c from HalalCertificate c join c.categoryIds covered
                where c.shopId = :shop and c.status = :active
                  and c.validFrom <= :day and c.validTo >= :day and covered in :lineage
                order by c.validTo desc, c.id""", HalalCertificate.class)
                .setParameter("shop", shopId)
                .setParameter("active", HalalCertificateStatus.ACTIVE)
                .setParameter("day", date)
                .setParameter("lineage", lineage)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** The buyer-facing {@code halal} flag of a product (of this shop, in this category), today. */
    public boolean isHalal(UUID shopId, UUID categoryId) {
        return isHalal(shopId, categoryId, today());
    }

    /** The buyer-facing {@code halal} flag of a product (of this shop, in this category) on a given day. */
    public boolean isHalal(UUID shopId, UUID categoryId, LocalDate date) {
        return coverFor(shopId, categoryId, date).isPresent();
    }

    /** Which of these products carry the halal flag on {@code date}: one query for a whole page of products. */
    @SuppressWarnings("unchecked")
    public Set<UUID> halalProductIds(Collection<UUID> productIds, LocalDate date) {
        if (productIds.isEmpty()) {
            return Set.of();
        }
        List<Object> rows = em.createNativeQuery("SELECT p.id FROM product p WHERE p.id IN (:ids) AND "
                + sqlHalal("p", ":today"))
                .setParameter("ids", new ArrayList<>(productIds))
                .setParameter("today", date)
                .getResultList();
        Set<UUID> halal = new HashSet<>();
        rows.forEach(id -> halal.add((UUID) id));
        return halal;
    }
}
