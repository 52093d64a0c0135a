package cn.huinong.market.catalog.halal;

import cn.huinong.market.common.paging.JpqlFilter;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class HalalCertificateRepository implements PanacheRepositoryBase<HalalCertificate, UUID> {

    /** Keyset page of a shop's certificates, newest validity first, then by id. */
    public List<HalalCertificate> page(UUID shopId, java.time.LocalDate afterValidTo, UUID afterId, int limit) {
        if (afterId == null) {
            return find("shopId = ?1 order by validTo desc, id", shopId).page(0, limit + 1).list();
        }
        return find("shopId = ?1 and (validTo < ?2 or (validTo = ?2 and id > ?3)) order by validTo desc, id",
                shopId, afterValidTo, afterId).page(0, limit + 1).list();
    }

    /** Keyset page over all shops (admins), optionally of one status, in the same order as {@link #page}. */
    public List<HalalCertificate> pageAll(HalalCertificateStatus status, java.time.LocalDate afterValidTo, UUID afterId,
            int limit) {
        JpqlFilter filter = new JpqlFilter().eq("status", status);
        if (afterId != null) {
            filter.and("(validTo < :afterTo or (validTo = :afterTo and id > :afterId))",
                    Map.of("afterTo", afterValidTo, "afterId", afterId));
        }
        return find(filter.where() + " order by validTo desc, id", filter.params()).page(0, limit + 1).list();
    }

    public boolean numberTaken(String issuer, String number, UUID except) {
        return count("issuer = ?1 and number = ?2 and id <> ?3", issuer, number, except) > 0;
    }

    public List<HalalCertificateEvent> history(UUID certificateId) {
        return getEntityManager()
                .createQuery("from HalalCertificateEvent where certificateId = :id order by id",
                        HalalCertificateEvent.class)
                .setParameter("id", certificateId).getResultList();
    }

    public void record(HalalCertificateEvent event) {
        getEntityManager().persist(event);
    }

    /** Whether the shop holds any certificate that is in force on the date (what a reviewer must see). */
    public boolean anyInForce(UUID shopId, java.time.LocalDate date) {
        return count("shopId = ?1 and status = ?2 and validFrom <= ?3 and validTo >= ?3", shopId,
                HalalCertificateStatus.ACTIVE, date) > 0;
    }
}
