package cn.huinong.market.training.cohort;

import cn.huinong.market.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The class days of a cohort (attendance is the attendance feature's). */
@ApplicationScoped
public class SessionService {

    @Inject CohortSessionRepository sessions;

    @Inject Clock clock;

    @Inject ProgrammeModuleRepository modules;

    @Inject CohortAccess access;

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
        UUID id = ClientIds.unused(request.id(), sessions, "session");
        CohortSession s = new CohortSession(id, cohortId, module, request, viewer.sub(), OffsetDateTime.now(clock));
        sessions.persistAndFlush(s);
        return SessionView.of(s);
    }

    public List<SessionView> list(UUID cohortId, Viewer viewer) {
        access.cohort(cohortId, viewer);
        return sessions.ofCohort(cohortId).stream().map(SessionView::of).toList();
    }

    /** The cohort's sessions in teaching order (by date), for a caller already checked against the cohort. */
    public List<CohortSession> sessionsOf(UUID cohortId) {
        return sessions.ofCohort(cohortId);
    }

    /** A session of a cohort the viewer may see, or 404. */
    public CohortSession session(UUID cohortId, UUID sessionId, Viewer viewer) {
        access.cohort(cohortId, viewer);
        return sessions.findByIdOptional(sessionId).filter(s -> s.cohortId.equals(cohortId))
                .orElseThrow(() -> ProblemException.notFound("session", sessionId));
    }
}
