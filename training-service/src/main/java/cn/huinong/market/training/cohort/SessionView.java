package cn.huinong.market.training.cohort;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

public record SessionView(UUID id, UUID cohortId, LocalDate date, UUID moduleId, BigDecimal hours) {

    public static SessionView of(CohortSession s) {
        return new SessionView(s.id, s.cohortId, s.date, s.moduleId, s.hours);
    }
}
