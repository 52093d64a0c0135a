package cn.huinong.market.training.certificate;

import cn.huinong.market.training.cohort.ProgrammeModule;
import cn.huinong.market.training.cohort.StampedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "assessment_result")
public class AssessmentResult extends StampedEntity {

    @Column(name = "trainee_id", nullable = false) public UUID traineeId;

    @Column(name = "module_id", nullable = false) public UUID moduleId;

    @Column(nullable = false, precision = 5, scale = 2) public BigDecimal score;

    @Column(nullable = false) public boolean passed;

    @Column(name = "assessed_on", nullable = false) public LocalDate assessedOn;

    @Column(name = "assessor_sub", nullable = false, length = 255) public String assessorSub;

    /** Passed is decided here, once, against the module's pass score at the time of assessment. */
    AssessmentResult(UUID traineeId, ProgrammeModule module, AssessmentRequest request, String assessorSub,
            OffsetDateTime at) {
        super(UUID.randomUUID(), at);
        this.traineeId = traineeId;
        this.moduleId = module.id;
        this.score = request.score();
        this.passed = request.score().compareTo(module.passScore) >= 0;
        this.assessedOn = request.assessedOn();
        this.assessorSub = assessorSub;
    }

    /** For Hibernate, which loads rows into empty instances. */
    protected AssessmentResult() {
    }
}
