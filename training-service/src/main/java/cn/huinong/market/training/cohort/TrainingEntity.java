package cn.huinong.market.training.cohort;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;

/** Every training record is keyed by a UUID, which clients may choose (see {@link ClientIds}). */
@MappedSuperclass
public abstract class TrainingEntity {

    @Id public UUID id;
}
