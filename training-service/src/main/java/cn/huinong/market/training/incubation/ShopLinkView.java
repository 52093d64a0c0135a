package cn.huinong.market.training.incubation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A trainee's shop link with its audit trail. {@code openedAt} is when catalog approved the shop, as last read
 * by the incubation sync (null: not approved yet, or not checked yet).
 */
public record ShopLinkView(UUID traineeId, UUID shopId, String ownerSub, String linkedBy, OffsetDateTime linkedAt,
        OffsetDateTime openedAt, List<Entry> history) {

    public record Entry(String action, UUID shopId, String ownerSub, String actor, OffsetDateTime at, String reason) {
    }
}
