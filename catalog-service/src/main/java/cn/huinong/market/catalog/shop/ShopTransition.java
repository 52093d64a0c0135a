package cn.huinong.market.catalog.shop;

import cn.huinong.market.common.audit.TransitionRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One audited step of a shop's lifecycle. */
@Entity
@Table(name = "shop_transition")
public class ShopTransition extends TransitionRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;

    @Column(name = "shop_id", nullable = false) public UUID shopId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status") public ShopStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false) public ShopStatus toStatus;

    static ShopTransition of(UUID shopId, ShopStatus from, ShopStatus to, String actorSub, String reason,
            OffsetDateTime at) {
        ShopTransition step = new ShopTransition();
        step.shopId = shopId;
        step.fromStatus = from;
        step.toStatus = to;
        return step.recorded(actorSub, reason, at);
    }
}
