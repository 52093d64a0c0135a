package cn.huinong.market.training.trainee;

import cn.huinong.market.training.cohort.StampedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A mentoring or support note on a trainee; append-only. */
@Entity
@Table(name = "case_note")
public class CaseNote extends StampedEntity {

    @Column(name = "trainee_id", nullable = false) public UUID traineeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16) public NoteKind kind;

    @Column(nullable = false, length = 4000) public String body;

    @Column(name = "author_sub", nullable = false, length = 255) public String authorSub;

    CaseNote(UUID traineeId, NoteRequest request, String authorSub, OffsetDateTime at) {
        super(UUID.randomUUID(), at);
        this.traineeId = traineeId;
        this.kind = request.kind();
        this.body = request.body().strip();
        this.authorSub = authorSub;
    }

    /** For Hibernate, which loads rows into empty instances. */
    protected CaseNote() {
    }
}
