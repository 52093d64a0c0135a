package cn.huinong.market.training.rest;

import cn.huinong.market.training.repository.Consent;
import java.time.OffsetDateTime;
import java.util.UUID;

public record ConsentView(UUID id, String scope, OffsetDateTime givenAt, String recordedBy,
                          OffsetDateTime recordedAt, boolean inForce, OffsetDateTime withdrawnAt, String withdrawnBy,
                          String withdrawalReason) {

    public static ConsentView of(Consent c) {
        return c == null ? null : new ConsentView(c.id, c.scope, c.givenAt, c.recordedBy, c.recordedAt,
                c.withdrawnAt == null, c.withdrawnAt, c.withdrawnBy, c.withdrawalReason);
    }
}
