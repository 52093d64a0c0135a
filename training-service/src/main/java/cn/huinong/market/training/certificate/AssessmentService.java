package cn.huinong.market.training.certificate;

import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.training.cohort.EnrolmentService;
import cn.huinong.market.training.cohort.ProgrammeModule;
import cn.huinong.market.training.cohort.ProgrammeService;
import cn.huinong.market.training.cohort.Viewer;
import cn.huinong.market.training.trainee.TraineeAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Module results of a trainee, for modules of the programmes of the cohorts they are enrolled in. */
@ApplicationScoped
public class AssessmentService {

    @Inject AssessmentResultRepository results;

    @Inject Clock clock;

    @Inject ProgrammeService programmes;

    @Inject EnrolmentService enrolments;

    @Inject TraineeAccess access;

    @Transactional
    public AssessmentView record(UUID traineeId, AssessmentRequest request, Viewer viewer) {
        access.trainee(traineeId, viewer);
        ProgrammeModule module = programmes.module(request.moduleId());
        boolean taught = module != null && enrolments.programmesOf(traineeId).contains(module.programmeId);
        if (!taught) {
            throw ProblemException.invalidField("moduleId", "huinong.assessment.module-not-taught");
        }
        if (results.exists(traineeId, module.id, request.assessedOn())) {
            throw ProblemException.conflict("detail.assessment-exists");
        }
        AssessmentResult r = new AssessmentResult(traineeId, module, request, viewer.sub(), OffsetDateTime.now(clock));
        results.persistAndFlush(r);
        return AssessmentView.of(r);
    }

    public List<AssessmentView> ofTrainee(UUID traineeId, Viewer viewer) {
        access.trainee(traineeId, viewer);
        return results.ofTrainee(traineeId).stream().map(AssessmentView::of).toList();
    }
}
