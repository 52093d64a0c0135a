package cn.huinong.market.catalog.stock;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

@ApplicationScoped
public class SkuStockRepository implements PanacheRepositoryBase<SkuStock, UUID> {

    @Inject Clock clock;

    /**
     * The stock row of a SKU, created empty if the SKU has none yet (SKUs are created without one), and locked
     * until the transaction ends so that no reservation moves {@code reserved} under the seller's change.
     */
    public SkuStock lockCreatingIfMissing(UUID skuId) {
        getEntityManager().createNativeQuery("""
                INSERT INTO sku_stock (sku_id, on_hand, reserved, updated_at, version)
                VALUES (:sku, 0, 0, :now, 0)
                ON CONFLICT (sku_id) DO NOTHING""")
                .setParameter("sku", skuId)
                .setParameter("now", OffsetDateTime.now(clock))
                .executeUpdate();
        return findById(skuId, LockModeType.PESSIMISTIC_WRITE);
    }
}
