package cn.huinong.market.sandbox.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A refund request the sandbox provider received, with its outcome. */
@Entity
@Table(name = "sandbox_refund")
public class SandboxRefund {

    @Id
    @Column(name = "refund_id") public UUID refundId;

    @Column(name = "provider_refund_id", length = 40, unique = true) public String providerRefundId;

    @Column(name = "payment_id", nullable = false) public UUID paymentId;

    @Column(name = "refund_fen", nullable = false) public long refundFen;

    @Column(name = "payment_total_fen", nullable = false) public long paymentTotalFen;

    @Column(length = 500) public String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16) public RefundStatus status;

    @Column(name = "failure_reason", length = 64) public String failureReason;

    @Column(name = "created_at", nullable = false) public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false) public OffsetDateTime updatedAt;
}
