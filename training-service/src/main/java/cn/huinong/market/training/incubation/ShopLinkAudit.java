package cn.huinong.market.training.incubation;

import cn.huinong.market.common.audit.TransitionRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One link or unlink of a trainee's shop: who, when, which shop, why. Append-only. */
@Entity
@Table(name = "shop_link_audit")
public class ShopLinkAudit extends TransitionRecord {

    @Id public UUID id;

    @Column(name = "trainee_id", nullable = false) public UUID traineeId;

    @Column(nullable = false, length = 8) public String action;

    @Column(name = "shop_id", nullable = false) public UUID shopId;

    @Column(name = "owner_sub", nullable = false, length = 255) public String ownerSub;

    /** A LINKED or UNLINKED entry (who, why and when: {@link TransitionRecord}). */
    static ShopLinkAudit of(UUID traineeId, String action, UUID shopId, String ownerSub, String actorSub,
            String reason, OffsetDateTime at) {
        ShopLinkAudit a = new ShopLinkAudit();
        a.id = UUID.randomUUID();
        a.traineeId = traineeId;
        a.action = action;
        a.shopId = shopId;
        a.ownerSub = ownerSub;
        return a.recorded(actorSub, reason == null || reason.isBlank() ? null : reason.strip(), at);
    }
}
