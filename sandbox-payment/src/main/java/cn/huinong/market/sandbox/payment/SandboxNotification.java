package cn.huinong.market.sandbox.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A notification the sandbox owes the merchant: the signed form, sent again until acknowledged or given up. */
@Entity
@Table(name = "sandbox_notification")
public class SandboxNotification {

    public enum Status {
        PENDING, ACKNOWLEDGED, GAVE_UP
    }

    @Id
    @Column(name = "notify_id", length = 40) public String notifyId;

    @Column(name = "provider_payment_id", nullable = false, length = 40) public String providerPaymentId;

    @Column(name = "trade_status", nullable = false, length = 32) public String tradeStatus;

    /** The exact application/x-www-form-urlencoded body, signature included, sent on every delivery. */
    @Column(nullable = false, columnDefinition = "text") public String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16) public Status status;

    /** Automatic deliveries made so far (manual ones are not counted). */
    @Column(nullable = false) public int attempts;

    @Column(name = "next_attempt_at") public OffsetDateTime nextAttemptAt;

    @Column(name = "created_at", nullable = false) public OffsetDateTime createdAt;

    @Column(name = "acknowledged_at") public OffsetDateTime acknowledgedAt;

    @Column(name = "gave_up_at") public OffsetDateTime gaveUpAt;
}
