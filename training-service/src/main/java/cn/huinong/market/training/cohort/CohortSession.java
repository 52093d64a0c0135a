package cn.huinong.market.training.cohort;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One class day of a cohort, teaching one module for some hours. */
@Entity
@Table(name = "cohort_session")
public class CohortSession extends StampedEntity {

    @Column(name = "cohort_id", nullable = false) public UUID cohortId;

    @Column(name = "module_id", nullable = false) public UUID moduleId;

    @Column(name = "session_date", nullable = false) public LocalDate date;

    @Column(nullable = false, precision = 4, scale = 1) public BigDecimal hours;

    @Column(name = "created_by", nullable = false, length = 255) public String createdBy;

    CohortSession(UUID id, UUID cohortId, ProgrammeModule module, SessionRequest request, String createdBy,
            OffsetDateTime at) {
        super(id, at);
        this.cohortId = cohortId;
        this.moduleId = module.id;
        this.date = request.date();
        this.hours = request.hours();
        this.createdBy = createdBy;
    }

    /** For Hibernate, which loads rows into empty instances. */
    protected CohortSession() {
    }
}
