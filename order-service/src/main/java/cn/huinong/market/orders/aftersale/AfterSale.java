package cn.huinong.market.orders.aftersale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A buyer's after-sale case on one shop order. */
@Entity
@Table(name = "after_sale")
public class AfterSale {

    @Id public UUID id;

    @Column(name = "shop_order_id", nullable = false) public UUID shopOrderId;

    @Column(name = "buyer_sub", nullable = false) public String buyerSub;

    @Column(name = "shop_id", nullable = false) public UUID shopId;

    @Column(name = "shop_owner_sub", nullable = false) public String shopOwnerSub;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false) public AfterSaleKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false) public AfterSaleStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason_code", nullable = false) public AfterSaleReason reasonCode;

    public String description;

    @Column(name = "requested_goods_fen", nullable = false) public long requestedGoodsFen;

    @Column(name = "refund_goods_fen") public Long refundGoodsFen;

    @Column(name = "refund_shipping_fen") public Long refundShippingFen;

    @Column(name = "refund_id") public UUID refundId;

    @Column(name = "return_carrier") public String returnCarrier;

    @Column(name = "return_tracking_number") public String returnTrackingNumber;

    @Column(name = "dispute_deadline") public OffsetDateTime disputeDeadline;

    @Column(name = "created_at", nullable = false) public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false) public OffsetDateTime updatedAt;

    @Column(name = "closed_at") public OffsetDateTime closedAt;

    @Version
    @Column(nullable = false) public long version;
}
