package cn.huinong.market.orders.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Money going back to a buyer for one shop order; sent to the payment provider after the decision commits. */
@Entity
@Table(name = "refund")
public class Refund {

    @Id public UUID id;

    @Column(name = "shop_order_id", nullable = false) public UUID shopOrderId;

    @Column(name = "checkout_id", nullable = false) public UUID checkoutId;

    @Column(name = "after_sale_id") public UUID afterSaleId;

    @Column(name = "goods_fen", nullable = false) public long goodsFen;

    @Column(name = "shipping_fen", nullable = false) public long shippingFen;

    @Column(name = "amount_fen", nullable = false) public long amountFen;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false) public RefundStatus status;

    @Column(nullable = false) public String reason;

    @Column(name = "provider_refund_id") public String providerRefundId;

    public String failure;

    @Column(nullable = false) public int attempts;

    @Column(name = "created_at", nullable = false) public OffsetDateTime createdAt;

    @Column(name = "completed_at") public OffsetDateTime completedAt;
}
