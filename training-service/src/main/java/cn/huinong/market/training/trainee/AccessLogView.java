package cn.huinong.market.training.trainee;

import java.time.OffsetDateTime;
import java.util.UUID;

public record AccessLogView(UUID id, UUID traineeId, String actor, OffsetDateTime accessedAt, SensitiveField field,
        String purpose) {

    public static AccessLogView of(SensitiveAccess a) {
        return new AccessLogView(a.id, a.traineeId, a.actorSub, a.accessedAt, a.field, a.purpose);
    }
}
