package cn.huinong.market.sandbox.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A payment in the sandbox provider's own books (its trade). */
@Entity
@Table(name = "sandbox_payment")
public class SandboxPayment {

    @Id
    @Column(name = "provider_payment_id", length = 40) public String providerPaymentId;

    @Column(name = "payment_id", nullable = false, unique = true) public UUID paymentId;

    @Column(name = "amount_fen", nullable = false) public long amountFen;

    @Column(nullable = false, length = 3) public String currency;

    @Column(nullable = false, length = 256) public String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16) public PaymentStatus status;

    @Column(name = "expires_at", nullable = false) public OffsetDateTime expiresAt;

    @Column(name = "created_at", nullable = false) public OffsetDateTime createdAt;

    @Column(name = "paid_at") public OffsetDateTime paidAt;

    @Column(name = "closed_at") public OffsetDateTime closedAt;

    @Column(name = "paid_by", length = 255) public String paidBy;

    /** Where the merchant asked this payment's notifications to go. */
    @Column(name = "notify_url", nullable = false, length = 500) public String notifyUrl;

    @Column(name = "refunded_fen", nullable = false) public long refundedFen;

    @Version
    @Column(nullable = false) public long version;

    /** An unpaid payment past its deadline can no longer be paid: the provider reports it closed. */
    public PaymentStatus effectiveStatus(OffsetDateTime now) {
        return status == PaymentStatus.WAITING && !now.isBefore(expiresAt) ? PaymentStatus.CLOSED
                : status;
    }
}
