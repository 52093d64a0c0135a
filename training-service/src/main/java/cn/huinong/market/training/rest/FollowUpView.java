package cn.huinong.market.training.rest;

import cn.huinong.market.training.repository.FollowUp;
import cn.huinong.market.training.repository.FollowUpStatus;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

public record FollowUpView(UUID id, UUID traineeId, UUID enrolmentId, int monthsAfterExit, LocalDate dueOn,
                           FollowUpStatus status, boolean overdue, String outcome, String closedBy,
                           OffsetDateTime closedAt) {

    public static FollowUpView of(FollowUp f, LocalDate asOf) {
        return new FollowUpView(f.id, f.traineeId, f.enrolmentId, f.monthsAfterExit, f.dueOn, f.status,
                f.status == FollowUpStatus.OPEN && f.dueOn.isBefore(asOf), f.outcome, f.closedBy, f.closedAt);
    }
}
