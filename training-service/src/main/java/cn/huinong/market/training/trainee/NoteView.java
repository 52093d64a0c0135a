package cn.huinong.market.training.trainee;

import java.time.OffsetDateTime;
import java.util.UUID;

public record NoteView(UUID id, UUID traineeId, NoteKind kind, String body, String author, OffsetDateTime createdAt) {

    public static NoteView of(CaseNote n) {
        return new NoteView(n.id, n.traineeId, n.kind, n.body, n.authorSub, n.createdAt);
    }
}
