package cn.huinong.market.training.cohort;

import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.common.web.ETags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Enrolments and their stage machine ({@link Stage}); every move is written to the transition log. */
@ApplicationScoped
public class EnrolmentService {

    @Inject EnrolmentRepository enrolments;

    @Inject Clock clock;

    @Inject StageTransitionRepository transitions;

    @Inject CohortAccess access;

    @Inject CohortRepository cohorts;

    @Inject Event<Exited> exits;

    /** Fired in the transaction of a move to EXITED, so follow-ups are planned with it or not at all. */
    public record Exited(Enrolment enrolment, String actorSub) {
    }

    @Transactional
    public EnrolmentView enrol(UUID cohortId, EnrolmentRequest request, Viewer viewer) {
        access.cohort(cohortId, viewer);
        access.trainee(request.traineeId(), viewer);
        if (request.id() != null && enrolments.findById(request.id()) != null) {
            throw ProblemException.alreadyExists("enrolment", request.id());
        }
        return EnrolmentView.of(create(request.id(), cohortId, request.traineeId(), viewer.sub()));
    }

    /** Enters a just-created trainee into a cohort the caller was already checked against. */
    @Transactional
    public void enrolNew(UUID cohortId, UUID traineeId, String actorSub) {
        create(null, cohortId, traineeId, actorSub);
    }

    private Enrolment create(UUID id, UUID cohortId, UUID traineeId, String actorSub) {
        if (enrolments.of(cohortId, traineeId).isPresent()) {
            throw ProblemException.conflict("detail.already-enrolled");
        }
        Enrolment e = new Enrolment();
        e.id = id == null ? UUID.randomUUID() : id;
        e.cohortId = cohortId;
        e.traineeId = traineeId;
        e.stage = Stage.APPLIED;
        e.createdAt = OffsetDateTime.now(clock);
        e.updatedAt = e.createdAt;
        e.stageChangedAt = e.createdAt;
        enrolments.persistAndFlush(e);
        audit(e, null, Stage.APPLIED, actorSub, null);
        return e;
    }

    @Transactional
    public EnrolmentView move(UUID id, String ifMatch, TransitionRequest request, Viewer viewer) {
        Enrolment e = access.enrolment(id, viewer);
        if (ifMatch != null) {
            ETags.requireCurrent(ifMatch, e.version, () -> EnrolmentView.of(e));
        }
        if (!e.stage.canMoveTo(request.to())) {
            throw ProblemException.conflict("detail.stage-illegal", e.stage, request.to());
        }
        if (request.to() == Stage.EXITED) {
            Cohort cohort = access.cohort(e.cohortId, viewer);
            if (request.exitDate() == null) {
                throw ProblemException.invalidField("exitDate", "huinong.enrolment.exit-date-required");
            }
            if (request.exitDate().isBefore(cohort.startDate)) {
                throw ProblemException.invalidField("exitDate", "huinong.enrolment.exit-before-start");
            }
            e.exitDate = request.exitDate();
        } else if (request.exitDate() != null) {
            throw ProblemException.invalidField("exitDate", "huinong.enrolment.exit-date-only-on-exit");
        }
        Stage from = e.stage;
        e.stage = request.to();
        e.stageChangedAt = OffsetDateTime.now(clock);
        e.updatedAt = e.stageChangedAt;
        audit(e, from, e.stage, viewer.sub(), request.reason());
        if (e.stage == Stage.EXITED) {
            exits.fire(new Exited(e, viewer.sub()));
        }
        enrolments.flush();
        return EnrolmentView.of(e);
    }

    public EnrolmentView get(UUID id, Viewer viewer) {
        return EnrolmentView.of(access.enrolment(id, viewer));
    }

    public List<EnrolmentView> ofCohort(UUID cohortId, Viewer viewer) {
        access.cohort(cohortId, viewer);
        return enrolments.ofCohort(cohortId).stream().map(EnrolmentView::of).toList();
    }

    /** A trainer sees only the trainee's enrolments in their own cohorts. */
    public List<EnrolmentView> ofTrainee(UUID traineeId, Viewer viewer) {
        access.trainee(traineeId, viewer);
        return enrolments.ofTrainee(traineeId).stream()
                .filter(e -> viewer.admin() || access.cohortVisible(e.cohortId, viewer))
                .map(EnrolmentView::of).toList();
    }

    /** Whether the trainee is enrolled in the cohort (whatever the stage). */
    public boolean isEnrolled(UUID cohortId, UUID traineeId) {
        return enrolments.of(cohortId, traineeId).isPresent();
    }

    /** The cohort's enrolments in order of entry, for a caller already checked against the cohort. */
    public List<Enrolment> enrolmentsOf(UUID cohortId) {
        return enrolments.ofCohort(cohortId);
    }

    /** The programmes of the cohorts the trainee is enrolled in (what their module results may belong to). */
    public Set<UUID> programmesOf(UUID traineeId) {
        Set<UUID> programmes = new HashSet<>();
        for (Enrolment e : enrolments.ofTrainee(traineeId)) {
            programmes.add(cohorts.findById(e.cohortId).programmeId);
        }
        return programmes;
    }

    public List<TransitionView> history(UUID id, Viewer viewer) {
        access.enrolment(id, viewer);
        return transitions.ofEnrolment(id).stream().map(TransitionView::of).toList();
    }

    private void audit(Enrolment e, Stage from, Stage to, String actorSub, String reason) {
        transitions.persist(StageTransition.of(e.id, from, to, actorSub, reason, OffsetDateTime.now(clock)));
    }
}
