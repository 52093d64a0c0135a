package cn.huinong.market.training.trainee;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public record ConsentView(UUID id, String scope, List<ConsentPurpose> purposes, OffsetDateTime givenAt,
        String recordedBy, OffsetDateTime recordedAt, boolean inForce, OffsetDateTime withdrawnAt,
        String withdrawnBy, String withdrawalReason) {

    public static ConsentView of(Consent c) {
        return c == null ? null
                : new ConsentView(c.id, c.scope,
                        c.coversShopSales ? List.of(ConsentPurpose.PROGRAMME, ConsentPurpose.SHOP_SALES)
                                : List.of(ConsentPurpose.PROGRAMME),
                        c.givenAt, c.recordedBy, c.recordedAt,
                        c.withdrawnAt == null, c.withdrawnAt, c.withdrawnBy, c.withdrawalReason);
    }
}
