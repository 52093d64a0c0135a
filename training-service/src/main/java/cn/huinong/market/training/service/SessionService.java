package cn.huinong.market.training.service;

import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.training.repository.Attendance;
import cn.huinong.market.training.repository.AttendanceRepository;
import cn.huinong.market.training.repository.Cohort;
import cn.huinong.market.training.repository.CohortSession;
import cn.huinong.market.training.repository.CohortSessionRepository;
import cn.huinong.market.training.repository.EnrolmentRepository;
import cn.huinong.market.training.repository.ProgrammeModule;
import cn.huinong.market.training.repository.ProgrammeModuleRepository;
import cn.huinong.market.training.rest.AttendanceRequest;
import cn.huinong.market.training.rest.AttendanceView;
import cn.huinong.market.training.rest.SessionRequest;
import cn.huinong.market.training.rest.SessionView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The class days of a cohort and who attended them. */
@ApplicationScoped
public class SessionService {

    @Inject CohortSessionRepository sessions;

    @Inject AttendanceRepository attendance;

    @Inject ProgrammeModuleRepository modules;

    @Inject EnrolmentRepository enrolments;

    @Inject Access access;

    @Transactional
    public SessionView create(UUID cohortId, SessionRequest request, Viewer viewer) {
        Cohort cohort = access.cohort(cohortId, viewer);
        ProgrammeModule module = modules.findById(request.moduleId());
        if (module == null || !module.programmeId.equals(cohort.programmeId)
                || (module.track != null && module.track != cohort.track)) {
            throw ProblemException.invalidField("moduleId", "huinong.session.module-not-in-programme");
        }
        if (request.date().isBefore(cohort.startDate) || request.date().isAfter(cohort.endDate)) {
            throw ProblemException.invalidField("date", "huinong.session.outside-cohort");
        }
        UUID id = request.id() == null ? UUID.randomUUID() : request.id();
        if (sessions.findById(id) != null) {
            throw ProblemException.alreadyExists("session", id);
        }
        CohortSession s = new CohortSession();
        s.id = id;
        s.cohortId = cohortId;
        s.moduleId = module.id;
        s.date = request.date();
        s.hours = request.hours();
        s.createdBy = viewer.sub();
        s.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        sessions.persistAndFlush(s);
        return SessionView.of(s);
    }

    public List<SessionView> list(UUID cohortId, Viewer viewer) {
        access.cohort(cohortId, viewer);
        return sessions.ofCohort(cohortId).stream().map(SessionView::of).toList();
    }

    @Transactional
    public List<AttendanceView> mark(UUID cohortId, UUID sessionId, AttendanceRequest request, Viewer viewer) {
        CohortSession s = session(cohortId, sessionId, viewer);
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < request.records().size(); i++) {
            UUID traineeId = request.records().get(i).traineeId();
            if (!seen.add(traineeId) || enrolments.of(cohortId, traineeId).isEmpty()) {
                throw ProblemException.invalidField("records[" + i + "].traineeId",
                        "huinong.attendance.not-in-cohort");
            }
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
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
        CohortSession s = session(cohortId, sessionId, viewer);
        return attendance.ofSession(s.id).stream().map(AttendanceView::of).toList();
    }

    private CohortSession session(UUID cohortId, UUID sessionId, Viewer viewer) {
        access.cohort(cohortId, viewer);
        CohortSession s = sessions.findById(sessionId);
        if (s == null || !s.cohortId.equals(cohortId)) {
            throw ProblemException.notFound("session", sessionId);
        }
        return s;
    }
}
