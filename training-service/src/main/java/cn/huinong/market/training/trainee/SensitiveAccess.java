package cn.huinong.market.training.trainee;

import cn.huinong.market.training.cohort.TrainingEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One reveal of one sensitive field: the audit trail. */
@Entity
@Table(name = "sensitive_access_log")
public class SensitiveAccess extends TrainingEntity {

    @Column(name = "trainee_id", nullable = false) public UUID traineeId;

    @Column(name = "actor_sub", nullable = false, length = 255) public String actorSub;

    @Column(name = "accessed_at", nullable = false) public OffsetDateTime accessedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32) public SensitiveField field;

    @Column(nullable = false, length = 200) public String purpose;
}
