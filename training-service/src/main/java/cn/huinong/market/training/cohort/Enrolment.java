package cn.huinong.market.training.cohort;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A trainee's place in one cohort, moving through {@link Stage}s. */
@Entity
@Table(name = "enrolment")
public class Enrolment extends StampedEntity {

    @Column(name = "cohort_id", nullable = false) public UUID cohortId;

    @Column(name = "trainee_id", nullable = false) public UUID traineeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16) public Stage stage;

    @Column(name = "exit_date") public LocalDate exitDate;

    @Column(name = "stage_changed_at", nullable = false) public OffsetDateTime stageChangedAt;

    @Column(name = "updated_at", nullable = false) public OffsetDateTime updatedAt;

    @Version
    @Column(nullable = false) public long version;
}
