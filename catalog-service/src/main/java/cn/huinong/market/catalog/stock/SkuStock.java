package cn.huinong.market.catalog.stock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;

/**
 * Stock of one SKU. Sellers change {@code onHand} through this entity; reservations move {@code reserved} with
 * conditional SQL updates only ({@link StockMoves}), never through a loaded entity. A SKU without a row has
 * nothing on hand. The version (the ETag) changes when on-hand or the confirmation time changes, not when a
 * reservation moves {@code reserved}: a seller's count stays valid while buyers check out.
 */
@Entity
@Table(name = "sku_stock")
@DynamicUpdate // write only what changed, never a stale copy of reserved
public class SkuStock {

    @Id
    @Column(name = "sku_id") public UUID skuId;

    @Column(name = "on_hand", nullable = false) public int onHand;

    @Column(nullable = false) public int reserved;

    /** When the seller last set or confirmed the count; chilled/frozen SKUs stop selling when it is too old. */
    @Column(name = "stock_confirmed_at") public OffsetDateTime stockConfirmedAt;

    @Column(name = "updated_at", nullable = false) public OffsetDateTime updatedAt;

    @Version
    @Column(nullable = false) public long version;

    public int available() {
        return onHand - reserved;
    }
}
