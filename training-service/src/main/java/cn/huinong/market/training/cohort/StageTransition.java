package cn.huinong.market.training.cohort;

import cn.huinong.market.common.audit.TransitionRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The audit trail of an enrolment: one row per stage change (who, why and when: {@link TransitionRecord}). */
@Entity
@Table(name = "enrolment_transition")
public class StageTransition extends TransitionRecord {

    @Id public UUID id;

    @Column(name = "enrolment_id", nullable = false) public UUID enrolmentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage", length = 16) public Stage fromStage;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage", nullable = false, length = 16) public Stage toStage;

    /** The move of the enrolment from one stage to another (from is null for the entry as APPLIED). */
    public static StageTransition of(UUID enrolmentId, Stage from, Stage to, String actorSub, String reason,
            OffsetDateTime at) {
        StageTransition t = new StageTransition();
        t.id = UUID.randomUUID();
        t.enrolmentId = enrolmentId;
        t.fromStage = from;
        t.toStage = to;
        return t.recorded(actorSub, reason == null || reason.isBlank() ? null : reason.strip(), at);
    }
}
