package cn.huinong.market.orders.order;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The part of a checkout one shop fulfils: its lines, shipping, frozen commission rate and status. */
@Entity
@Table(name = "shop_order")
public class ShopOrder {

    @Id public UUID id;

    @Column(name = "checkout_id", nullable = false) public UUID checkoutId;

    @Column(name = "buyer_sub", nullable = false) public String buyerSub;

    @Column(name = "shop_id", nullable = false) public UUID shopId;

    @Column(name = "shop_name_zh", nullable = false) public String shopNameZh;

    @Column(name = "shop_owner_sub", nullable = false) public String shopOwnerSub;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false) public OrderStatus status;

    /** While an after-sale case is open: the status the order returns to if the case ends without a full refund. */
    @Enumerated(EnumType.STRING)
    @Column(name = "resume_status") public OrderStatus resumeStatus;

    @Column(nullable = false, columnDefinition = "bpchar") public String currency;

    @Column(name = "goods_fen", nullable = false) public long goodsFen;

    @Column(name = "shipping_fen", nullable = false) public long shippingFen;

    @Column(name = "total_fen", nullable = false) public long totalFen;

    @Column(name = "commission_rate_bp", nullable = false) public int commissionRateBp;

    @Column(name = "commission_fen", nullable = false) public long commissionFen;

    @Column(name = "refunded_fen", nullable = false) public long refundedFen;

    @Column(name = "refunded_goods_fen", nullable = false) public long refundedGoodsFen;

    /** What the provider has actually paid back; {@link #refundedFen} also counts refunds decided but not yet paid. */
    @Column(name = "refund_paid_fen", nullable = false) public long refundPaidFen;

    @Column(name = "packed_weight_g", nullable = false) public int packedWeightG;

    @Column(name = "cold_chain", nullable = false) public boolean coldChain;

    /** Set when the parcel was quoted on the shared network: the route's cost before subsidies. */
    @Column(name = "shipping_cost_fen") public Long shippingCostFen;

    /** Paid by the county or platform on the route's cost; the buyer pays shippingFen = cost − subsidy. */
    @Column(name = "shipping_subsidy_fen", nullable = false) public long shippingSubsidyFen;

    @Column(name = "shipping_choice") public String shippingChoice;

    @Column(name = "origin_node_code") public String originNodeCode;

    @Column(name = "promised_delivery") public OffsetDateTime promisedDelivery;

    /** The route it was sold with (its legs and runs, JSON). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "shipping_route") public String shippingRoute;

    @Column(name = "tracking_number") public String trackingNumber;

    public String carrier;

    @Column(name = "ship_by") public OffsetDateTime shipBy;

    @Column(name = "paid_at") public OffsetDateTime paidAt;

    @Column(name = "shipped_at") public OffsetDateTime shippedAt;

    @Column(name = "delivered_at") public OffsetDateTime deliveredAt;

    @Column(name = "completed_at") public OffsetDateTime completedAt;

    @Column(name = "created_at", nullable = false) public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false) public OffsetDateTime updatedAt;

    @Version
    @Column(nullable = false) public long version;

    @OneToMany(mappedBy = "shopOrder", cascade = CascadeType.PERSIST)
    @OrderBy("lineNo") public List<ShopOrderLine> lines = new ArrayList<>();

    public long refundableFen() {
        return totalFen - refundedFen;
    }
}
