package cn.huinong.market.training.attendance;

import cn.huinong.market.training.cohort.CohortAccess;
import cn.huinong.market.training.cohort.CohortSession;
import cn.huinong.market.training.cohort.Enrolment;
import cn.huinong.market.training.cohort.EnrolmentService;
import cn.huinong.market.training.cohort.SessionService;
import cn.huinong.market.training.cohort.Stage;
import cn.huinong.market.training.cohort.Viewer;
import cn.huinong.market.training.followup.FollowUpService;
import cn.huinong.market.training.trainee.Trainee;
import cn.huinong.market.training.trainee.TraineeDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The roster with attendance figures and at-risk flags, computed from the register every time. */
@ApplicationScoped
public class RosterService {

    @ConfigProperty(name = "huinong.training.at-risk-absences", defaultValue = "3") int atRiskAbsences;

    @Inject CohortAccess access;

    @Inject EnrolmentService enrolments;

    @Inject TraineeDirectory trainees;

    @Inject SessionService sessions;

    @Inject AttendanceRepository attendance;

    @Inject FollowUpService followUps;

    public RosterView roster(UUID cohortId, LocalDate asOf, Viewer viewer) {
        access.cohort(cohortId, viewer);
        int threshold = Math.max(1, atRiskAbsences);
        List<CohortSession> taught = sessions.sessionsOf(cohortId);
        Map<UUID, Map<UUID, AttendanceStatus>> marks = new HashMap<>();
        for (Attendance a : attendance.ofCohort(cohortId)) {
            marks.computeIfAbsent(a.traineeId, k -> new HashMap<>()).put(a.sessionId, a.status);
        }
        List<RosterView.Entry> entries = new ArrayList<>();
        for (Enrolment e : enrolments.enrolmentsOf(cohortId)) {
            Trainee t = trainees.find(e.traineeId);
            Map<UUID, AttendanceStatus> mine = marks.getOrDefault(e.traineeId, Map.of());
            int present = 0;
            int absent = 0;
            int excused = 0;
            int run = 0;
            BigDecimal hours = BigDecimal.ZERO;
            for (CohortSession s : taught) {
                AttendanceStatus status = mine.get(s.id);
                if (status == AttendanceStatus.PRESENT) {
                    present++;
                    run = 0;
                    hours = hours.add(s.hours);
                } else if (status == AttendanceStatus.ABSENT) {
                    absent++;
                    run++;
                } else if (status == AttendanceStatus.EXCUSED) {
                    excused++;
                }
            }
            boolean inTraining = e.stage == Stage.ENROLLED || e.stage == Stage.ACTIVE;
            entries.add(new RosterView.Entry(e.id, e.traineeId, t.name, e.stage, present, absent, excused, hours,
                    run, inTraining && run >= threshold, followUps.overdueCount(e.traineeId, asOf)));
        }
        return new RosterView(cohortId, threshold, asOf, taught.size(), entries);
    }
}
