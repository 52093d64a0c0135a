package cn.huinong.market.catalog.stock;

import cn.huinong.market.catalog.config.InventoryConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The one rule deciding whether a SKU can be sold, written once as SQL so that the stock view, reservations and
 * search all apply exactly the same rule. A SKU is sellable when its shop and product are APPROVED, the SKU is
 * active, a CHILLED/FROZEN SKU had its stock confirmed within {@code perishable-confirm-days}, and at least one
 * unit is on hand and not reserved.
 *
 * <p>Search can filter with {@code SELECT ... FROM } {@link #JOINS} {@code WHERE } {@link #condition()}: the
 * condition needs the aliases {@code s} (sku), {@code p} (product), {@code sh} (shop) and {@code st} (sku_stock,
 * LEFT JOINed: a SKU without stock row has nothing on hand).
 */
@ApplicationScoped
public class SellableRule {

    public static final String JOINS = "sku s JOIN product p ON p.id = s.product_id JOIN shop sh ON sh.id = p.shop_id"
            + " LEFT JOIN sku_stock st ON st.sku_id = s.id";

    @Inject InventoryConfig config;

    @Inject EntityManager em;

    @Inject Clock clock;

    /** SQL condition, true for sellable SKUs (aliases as in {@link #JOINS}). */
    public String condition() {
        return "(" + reasonExpression() + ") IS NULL";
    }

    /** SQL expression: NULL for a sellable SKU, else the {@link NotSellableReason} name. */
    public String reasonExpression() {
        return reasonExpression(true);
    }

    /**
     * @param countStock whether "nothing left" counts; reservations leave it out because they find out about
     *                   stock with their conditional update, which is the only race-free way to ask
     */
    String reasonExpression(boolean countStock) {
        return "CASE WHEN sh.status <> 'APPROVED' THEN 'SHOP_NOT_APPROVED'"
                + " WHEN p.status <> 'APPROVED' THEN 'PRODUCT_NOT_APPROVED'"
                + " WHEN NOT s.active THEN 'SKU_INACTIVE'"
                + " WHEN s.temperature_class <> 'AMBIENT' AND (st.stock_confirmed_at IS NULL"
                + " OR st.stock_confirmed_at < TIMESTAMPTZ '" + perishableCutoff() + "')"
                + " THEN 'STOCK_UNCONFIRMED'"
                + (countStock ? " WHEN COALESCE(st.on_hand - st.reserved, 0) <= 0 THEN 'OUT_OF_STOCK'" : "")
                + " END";
    }

    /**
     * The oldest stock confirmation that still keeps a chilled/frozen SKU on sale, by the injected clock. Written
     * into the SQL as a literal (an ISO-8601 instant, nothing a user typed) so the condition stays a plain fragment.
     */
    OffsetDateTime perishableCutoff() {
        return OffsetDateTime.now(clock).minusDays(config.perishableConfirmDays()).truncatedTo(ChronoUnit.MICROS);
    }

    public boolean sellable(UUID skuId) {
        return whyNot(skuId).isEmpty();
    }

    /** Empty if the SKU is sellable now, else why not. */
    public Optional<NotSellableReason> whyNot(UUID skuId) {
        List<?> rows = em.createNativeQuery("SELECT " + reasonExpression() + " FROM " + JOINS + " WHERE s.id = :sku")
                .setParameter("sku", skuId)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.of(NotSellableReason.UNKNOWN_SKU);
        }
        return Optional.ofNullable(rows.get(0)).map(reason -> NotSellableReason.valueOf(reason.toString()));
    }

    /** The SKUs among these that may not be sold whatever the stock, with the reason; sellable ones are absent. */
    @SuppressWarnings("unchecked")
    public Map<UUID, NotSellableReason> whyNotForSale(Collection<UUID> skuIds) {
        Map<UUID, NotSellableReason> refused = new HashMap<>();
        for (UUID id : skuIds) {
            refused.put(id, NotSellableReason.UNKNOWN_SKU);
        }
        List<Object[]> rows = em.createNativeQuery("SELECT s.id, " + reasonExpression(false) + " FROM " + JOINS
                + " WHERE s.id IN (:ids)")
                .setParameter("ids", skuIds)
                .getResultList();
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            if (row[1] == null) {
                refused.remove(id);
            } else {
                refused.put(id, NotSellableReason.valueOf(row[1].toString()));
            }
        }
        return refused;
    }
}
