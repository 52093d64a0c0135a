package cn.huinong.market.training.followup;

import cn.huinong.market.training.cohort.StampedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A check on a trainee's situation some months after they left a cohort. */
@Entity
@Table(name = "follow_up")
public class FollowUp extends StampedEntity {

    @Column(name = "trainee_id", nullable = false) public UUID traineeId;

    @Column(name = "enrolment_id", nullable = false) public UUID enrolmentId;

    @Column(name = "months_after_exit", nullable = false) public short monthsAfterExit;

    @Column(name = "due_on", nullable = false) public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8) public FollowUpStatus status;

    @Column(length = 1000) public String outcome;

    @Column(name = "closed_by", length = 255) public String closedBy;

    @Column(name = "closed_at") public OffsetDateTime closedAt;
}
