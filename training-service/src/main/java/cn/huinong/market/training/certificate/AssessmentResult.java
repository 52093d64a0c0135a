package cn.huinong.market.training.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "assessment_result")
public class AssessmentResult {

    @Id public UUID id;

    @Column(name = "trainee_id", nullable = false) public UUID traineeId;

    @Column(name = "module_id", nullable = false) public UUID moduleId;

    @Column(nullable = false, precision = 5, scale = 2) public BigDecimal score;

    @Column(nullable = false) public boolean passed;

    @Column(name = "assessed_on", nullable = false) public LocalDate assessedOn;

    @Column(name = "assessor_sub", nullable = false, length = 255) public String assessorSub;

    @Column(name = "created_at", nullable = false) public OffsetDateTime createdAt;
}
