package cn.huinong.market.training.followup;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A follow-up call. {@code needed} is false when the platform sees the outcome itself on the due date (a linked
 * shop, or an employer-confirmed placement covering that day): such a follow-up is never overdue.
 */
public record FollowUpView(UUID id, UUID traineeId, UUID enrolmentId, int monthsAfterExit, LocalDate dueOn,
        FollowUpStatus status, boolean needed, boolean overdue, String outcome, String closedBy,
        OffsetDateTime closedAt) {

    public static FollowUpView of(FollowUp f, LocalDate asOf, boolean needed) {
        return new FollowUpView(f.id, f.traineeId, f.enrolmentId, f.monthsAfterExit, f.dueOn, f.status, needed,
                needed && f.status == FollowUpStatus.OPEN && f.dueOn.isBefore(asOf), f.outcome, f.closedBy,
                f.closedAt);
    }
}
