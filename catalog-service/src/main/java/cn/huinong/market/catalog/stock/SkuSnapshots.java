package cn.huinong.market.catalog.stock;

import cn.huinong.market.catalog.product.TemperatureClass;
import cn.huinong.market.catalog.shop.SupportStatus;
import cn.huinong.market.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Snapshots of many SKUs in one query, for order-service's checkout. Only SKUs buyers may see are returned
 * (approved product of an approved shop, SKU active); each says whether it can be sold right now and why not,
 * with the same rule reservations apply.
 */
@ApplicationScoped
public class SkuSnapshots {

    public static final int MAX_IDS = 100;

    @Inject EntityManager em;

    @Inject SellableRule sellable;

    @SuppressWarnings("unchecked")
    public List<SkuSnapshot> of(List<UUID> ids, boolean withShopAccount) {
        if (ids.isEmpty()) {
            return List.of();
        }
        if (ids.size() > MAX_IDS) {
            throw ProblemException.invalidField("ids", "detail.too-many-ids");
        }
        List<Object[]> rows = em.createNativeQuery("""
                SELECT s.id, p.id, sh.id, sh.name_zh, p.name_zh, p.name_en, s.name_zh, s.name_en, s.unit,
                       s.price_fen, s.currency, s.packed_weight_g, s.packed_volume_cm3, s.temperature_class,
                       %s, sh.owner_sub, sh.support_status
                FROM %s
                WHERE s.id IN (:ids) AND s.active AND p.status = 'APPROVED' AND sh.status = 'APPROVED'
                ORDER BY s.id""".formatted(sellable.reasonExpression(), SellableRule.JOINS))
                .setParameter("ids", ids)
                .getResultList();
        List<SkuSnapshot> snapshots = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            String reason = r[14] == null ? null : r[14].toString();
            snapshots.add(new SkuSnapshot((UUID) r[0], (UUID) r[1], (UUID) r[2], (String) r[3], (String) r[4],
                    (String) r[5], (String) r[6], (String) r[7], (String) r[8], ((Number) r[9]).longValue(),
                    r[10].toString().trim(), ((Number) r[11]).intValue(), ((Number) r[12]).intValue(),
                    TemperatureClass.valueOf(r[13].toString()), reason == null, reason,
                    withShopAccount ? (String) r[15] : null,
                    withShopAccount ? SupportStatus.valueOf(r[16].toString()) : null));
        }
        return snapshots;
    }
}
