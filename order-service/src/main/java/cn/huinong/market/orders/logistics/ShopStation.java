package cn.huinong.market.orders.logistics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The village station where a shop hands its parcels in: where its quotes start. */
@Entity
@Table(name = "logistics_shop_station")
public class ShopStation {

    @Id
    @Column(name = "shop_id") public UUID shopId;

    @Column(name = "node_id", nullable = false) public UUID nodeId;

    @Column(name = "updated_at", nullable = false) public OffsetDateTime updatedAt;
}
