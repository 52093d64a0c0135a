package cn.huinong.market.training.service;

import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.training.repository.AssessmentResult;
import cn.huinong.market.training.repository.AssessmentResultRepository;
import cn.huinong.market.training.repository.CohortRepository;
import cn.huinong.market.training.repository.EnrolmentRepository;
import cn.huinong.market.training.repository.ProgrammeModule;
import cn.huinong.market.training.repository.ProgrammeModuleRepository;
import cn.huinong.market.training.rest.AssessmentRequest;
import cn.huinong.market.training.rest.AssessmentView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Module results of a trainee, for modules of the programmes of the cohorts they are enrolled in. */
@ApplicationScoped
public class AssessmentService {

    @Inject AssessmentResultRepository results;

    @Inject ProgrammeModuleRepository modules;

    @Inject EnrolmentRepository enrolments;

    @Inject CohortRepository cohorts;

    @Inject Access access;

    @Transactional
    public AssessmentView record(UUID traineeId, AssessmentRequest request, Viewer viewer) {
        access.trainee(traineeId, viewer);
        ProgrammeModule module = modules.findById(request.moduleId());
        boolean taught = module != null && enrolments.ofTrainee(traineeId).stream()
                .map(e -> cohorts.findById(e.cohortId).programmeId)
                .anyMatch(p -> Objects.equals(p, module.programmeId));
        if (!taught) {
            throw ProblemException.invalidField("moduleId", "huinong.assessment.module-not-taught");
        }
        if (results.exists(traineeId, module.id, request.assessedOn())) {
            throw ProblemException.conflict("detail.assessment-exists");
        }
        AssessmentResult r = new AssessmentResult();
        r.id = UUID.randomUUID();
        r.traineeId = traineeId;
        r.moduleId = module.id;
        r.score = request.score();
        r.passed = request.score().compareTo(module.passScore) >= 0;
        r.assessedOn = request.assessedOn();
        r.assessorSub = viewer.sub();
        r.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        results.persistAndFlush(r);
        return AssessmentView.of(r);
    }

    public List<AssessmentView> ofTrainee(UUID traineeId, Viewer viewer) {
        access.trainee(traineeId, viewer);
        return results.ofTrainee(traineeId).stream().map(AssessmentView::of).toList();
    }
}
