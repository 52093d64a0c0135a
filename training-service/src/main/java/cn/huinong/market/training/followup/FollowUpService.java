package cn.huinong.market.training.followup;

import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.training.cohort.Enrolment;
import cn.huinong.market.training.cohort.EnrolmentService;
import cn.huinong.market.training.cohort.Viewer;
import cn.huinong.market.training.trainee.TraineeAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Follow-ups at exit + 3, 6 and 12 months, and the overdue list on the trainer's view. All three are planned at exit;
 * the ones whose outcome the platform sees by itself on the due date (linked shop, employer-confirmed placement)
 * are shown as not needed and never become overdue.
 */
@ApplicationScoped
public class FollowUpService {

    static final int[] MONTHS_AFTER_EXIT = {3, 6, 12};

    @Inject FollowUpRepository followUps;

    @Inject Clock clock;

    @Inject TraineeAccess access;

    /** Plans the follow-ups in the transaction of the move to EXITED (synchronous observer). */
    void plan(@Observes EnrolmentService.Exited exited) {
        Enrolment e = exited.enrolment();
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (int months : MONTHS_AFTER_EXIT) {
            FollowUp f = new FollowUp();
            f.id = UUID.randomUUID();
            f.traineeId = e.traineeId;
            f.enrolmentId = e.id;
            f.monthsAfterExit = (short) months;
            f.dueOn = e.exitDate.plusMonths(months);
            f.status = FollowUpStatus.OPEN;
            f.createdAt = now;
            followUps.persist(f);
        }
    }

    public List<FollowUpView> ofTrainee(UUID traineeId, Viewer viewer, LocalDate asOf) {
        access.trainee(traineeId, viewer);
        java.util.Set<UUID> needed = new java.util.HashSet<>(followUps.unseenOf(traineeId));
        return followUps.ofTrainee(traineeId).stream().map(f -> FollowUpView.of(f, asOf, needed.contains(f.id)))
                .toList();
    }

    public List<FollowUpView> overdue(Viewer viewer, LocalDate asOf) {
        return followUps.overdue(viewer.trainerScope(), asOf).stream().map(f -> FollowUpView.of(f, asOf, true))
                .toList();
    }

    public int overdueCount(UUID traineeId, LocalDate asOf) {
        return (int) followUps.overdueCount(traineeId, asOf);
    }

    @Transactional
    public FollowUpView close(UUID traineeId, UUID id, FollowUpClosing closing, Viewer viewer, LocalDate asOf) {
        access.trainee(traineeId, viewer);
        FollowUp f = followUps.findByIdOptional(id).filter(found -> found.traineeId.equals(traineeId))
                .orElseThrow(() -> ProblemException.notFound("follow-up", id));
        if (f.status != FollowUpStatus.OPEN) {
            throw ProblemException.conflict("detail.follow-up-closed");
        }
        f.status = closing.status();
        f.outcome = closing.outcome().strip();
        f.closedBy = viewer.sub();
        f.closedAt = OffsetDateTime.now(clock);
        followUps.flush();
        return FollowUpView.of(f, asOf, followUps.unseenOf(traineeId).contains(f.id));
    }
}
