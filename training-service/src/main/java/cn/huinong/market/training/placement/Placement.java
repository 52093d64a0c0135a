package cn.huinong.market.training.placement;

import cn.huinong.market.training.cohort.StampedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A job a trainee took; end date null while it lasts. */
@Entity
@Table(name = "placement")
public class Placement extends StampedEntity {

    @Column(name = "trainee_id", nullable = false) public UUID traineeId;

    @Column(name = "employer_name", nullable = false, length = 200) public String employerName;

    @Column(name = "employer_key", nullable = false, length = 200) public String employerKey;

    @Column(nullable = false, length = 100) public String role;

    @Column(name = "start_date", nullable = false) public LocalDate startDate;

    @Column(name = "end_date") public LocalDate endDate;

    @Column(name = "monthly_wage_fen", nullable = false) public long monthlyWageFen;

    @Column(name = "training_related", nullable = false) public boolean trainingRelated;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20) public PlacementVerification verification;

    @Column(name = "recorded_by", nullable = false, length = 255) public String recordedBy;

    @Column(name = "updated_at", nullable = false) public OffsetDateTime updatedAt;

    @Version
    @Column(nullable = false) public long version;

    /** The placement's own fields come from its request, as on every replace (see PlacementService.apply). */
    Placement(UUID id, UUID traineeId, String recordedBy, OffsetDateTime at) {
        super(id, at);
        this.traineeId = traineeId;
        this.recordedBy = recordedBy;
    }

    /** For Hibernate, which loads rows into empty instances. */
    protected Placement() {
    }
}
