package cn.huinong.market.sandbox.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One HTTP delivery of a notification and what the merchant answered. */
@Entity
@Table(name = "sandbox_notification_attempt")
public class SandboxNotificationAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;

    @Column(name = "notify_id", nullable = false, length = 40) public String notifyId;

    @Column(name = "attempted_at", nullable = false) public OffsetDateTime attemptedAt;

    @Column(nullable = false, length = 500) public String url;

    @Column(name = "http_status") public Integer httpStatus;

    @Column(nullable = false) public boolean acknowledged;

    @Column(nullable = false) public boolean manual;

    @Column(name = "duration_ms", nullable = false) public long durationMs;

    @Column(length = 500) public String error;
}
