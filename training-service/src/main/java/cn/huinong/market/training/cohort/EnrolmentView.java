package cn.huinong.market.training.cohort;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

public record EnrolmentView(UUID id, UUID cohortId, UUID traineeId, Stage stage, Set<Stage> allowedNext,
        LocalDate exitDate, OffsetDateTime stageChangedAt, long version,
        OffsetDateTime createdAt) {

    public static EnrolmentView of(Enrolment e) {
        return new EnrolmentView(e.id, e.cohortId, e.traineeId, e.stage, e.stage.next(), e.exitDate,
                e.stageChangedAt, e.version, e.createdAt);
    }
}
