package cn.huinong.market.training.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The audit trail of an enrolment: one row per stage change. */
@Entity
@Table(name = "enrolment_transition")
public class StageTransition {

    @Id public UUID id;

    @Column(name = "enrolment_id", nullable = false) public UUID enrolmentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage", length = 16) public Stage fromStage;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage", nullable = false, length = 16) public Stage toStage;

    @Column(name = "actor_sub", nullable = false, length = 255) public String actorSub;

    @Column(nullable = false) public OffsetDateTime at;

    @Column(length = 500) public String reason;
}
