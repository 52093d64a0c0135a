package cn.huinong.market.training.cohort;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A training record that keeps when it was made. */
@MappedSuperclass
public abstract class StampedEntity extends TrainingEntity {

    @Column(name = "created_at", nullable = false) public OffsetDateTime createdAt;

    /** For Hibernate, which loads rows into empty instances. */
    protected StampedEntity() {
    }

    /** A new record, complete from the start: every subclass makes its rows through such a constructor. */
    protected StampedEntity(UUID id, OffsetDateTime createdAt) {
        this.id = id;
        this.createdAt = createdAt;
    }
}
