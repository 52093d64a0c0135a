package cn.huinong.market.training.cohort;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.OffsetDateTime;

/** A training record that keeps when it was made. */
@MappedSuperclass
public abstract class StampedEntity extends TrainingEntity {

    @Column(name = "created_at", nullable = false) public OffsetDateTime createdAt;
}
