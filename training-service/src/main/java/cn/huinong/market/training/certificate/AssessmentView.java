package cn.huinong.market.training.certificate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

public record AssessmentView(UUID id, UUID traineeId, UUID moduleId, BigDecimal score, boolean passed,
        LocalDate assessedOn, String assessor) {

    public static AssessmentView of(AssessmentResult r) {
        return new AssessmentView(r.id, r.traineeId, r.moduleId, r.score, r.passed, r.assessedOn, r.assessorSub);
    }
}
