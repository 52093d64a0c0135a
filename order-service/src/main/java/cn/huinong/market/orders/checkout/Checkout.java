package cn.huinong.market.orders.checkout;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** What a buyer pays once: one payment, split into one shop order per shop. */
@Entity
@Table(name = "checkout")
public class Checkout {

    @Id public UUID id;

    @Column(name = "buyer_sub", nullable = false) public String buyerSub;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false) public CheckoutStatus status;

    @Column(nullable = false, columnDefinition = "bpchar") public String currency;

    @Column(name = "goods_fen", nullable = false) public long goodsFen;

    @Column(name = "shipping_fen", nullable = false) public long shippingFen;

    @Column(name = "total_fen", nullable = false) public long totalFen;

    @Column(name = "recipient_name", nullable = false) public String recipientName;

    @Column(name = "recipient_phone", nullable = false) public String recipientPhone;

    @Column(name = "province_code", nullable = false, columnDefinition = "bpchar") public String provinceCode;

    @Column(name = "county_code", length = 6) public String countyCode;

    @Column(name = "address_line", nullable = false) public String addressLine;

    @Column(name = "payment_provider") public String paymentProvider;

    @Column(name = "provider_payment_id") public String providerPaymentId;

    @Column(name = "pay_url") public String payUrl;

    public String failure;

    @Enumerated(EnumType.STRING)
    @Column(name = "stock_state", nullable = false) public StockState stockState;

    @Column(name = "expires_at", nullable = false) public OffsetDateTime expiresAt;

    @Column(name = "paid_at") public OffsetDateTime paidAt;

    @Column(name = "created_at", nullable = false) public OffsetDateTime createdAt;

    @Version
    @Column(nullable = false) public long version;

    /** The payment's id at the provider side is the checkout id: one payment per checkout. */
    public UUID paymentId() {
        return id;
    }
}
