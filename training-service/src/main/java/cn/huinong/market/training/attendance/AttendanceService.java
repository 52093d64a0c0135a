package cn.huinong.market.training.attendance;

import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.training.cohort.CohortSession;
import cn.huinong.market.training.cohort.EnrolmentService;
import cn.huinong.market.training.cohort.SessionService;
import cn.huinong.market.training.cohort.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Who attended a cohort's sessions: the register, marked by the trainer. */
@ApplicationScoped
public class AttendanceService {

    @Inject AttendanceRepository attendance;

    @Inject SessionService sessions;

    @Inject EnrolmentService enrolments;

    @Inject Clock clock;

    @Transactional
    public List<AttendanceView> mark(UUID cohortId, UUID sessionId, AttendanceRequest request, Viewer viewer) {
        CohortSession s = sessions.session(cohortId, sessionId, viewer);
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < request.records().size(); i++) {
            UUID traineeId = request.records().get(i).traineeId();
            if (!seen.add(traineeId) || !enrolments.isEnrolled(cohortId, traineeId)) {
                throw ProblemException.invalidField("records[" + i + "].traineeId",
                        "huinong.attendance.not-in-cohort");
            }
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (AttendanceRequest.Mark mark : request.records()) {
            Attendance a = attendance.of(s.id, mark.traineeId()).orElseGet(() -> {
                Attendance fresh = new Attendance();
                fresh.id = UUID.randomUUID();
                fresh.sessionId = s.id;
                fresh.traineeId = mark.traineeId();
                return fresh;
            });
            a.status = mark.status();
            a.recordedBy = viewer.sub();
            a.recordedAt = now;
            attendance.persist(a);
        }
        attendance.flush();
        return attendance.ofSession(s.id).stream().map(AttendanceView::of).toList();
    }

    public List<AttendanceView> attendanceOf(UUID cohortId, UUID sessionId, Viewer viewer) {
        CohortSession s = sessions.session(cohortId, sessionId, viewer);
        return attendance.ofSession(s.id).stream().map(AttendanceView::of).toList();
    }
}
