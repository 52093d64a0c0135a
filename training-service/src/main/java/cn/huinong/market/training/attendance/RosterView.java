package cn.huinong.market.training.attendance;

import cn.huinong.market.training.cohort.Stage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The trainer's view of a cohort. {@code consecutiveAbsences} counts the ABSENT marks since the trainee's last
 * PRESENT (EXCUSED neither counts nor breaks the run; sessions without a mark are skipped); a trainee still in
 * training (ENROLLED or ACTIVE) with at least {@code atRiskAbsences} of them is {@code atRisk}.
 */
public record RosterView(UUID cohortId, int atRiskAbsences, LocalDate asOf, int sessions, List<Entry> entries) {

    public record Entry(UUID enrolmentId, UUID traineeId, String name, Stage stage, int present, int absent,
            int excused, BigDecimal hoursAttended, int consecutiveAbsences, boolean atRisk,
            int overdueFollowUps) {
    }
}
