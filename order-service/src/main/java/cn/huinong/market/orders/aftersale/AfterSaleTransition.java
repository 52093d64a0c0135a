package cn.huinong.market.orders.aftersale;

import cn.huinong.market.common.audit.TransitionRecord;
import cn.huinong.market.orders.order.Actor;
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

/** One recorded move of an after-sale case. */
@Entity
@Table(name = "after_sale_transition")
public class AfterSaleTransition extends TransitionRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;

    @Column(name = "after_sale_id", nullable = false) public UUID afterSaleId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status") public AfterSaleStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false) public AfterSaleStatus toStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_role", nullable = false) public Actor.Role actorRole;

    /** A move of one case by an actor, for a reason (cut to the column's 1,000 characters), at a time. */
    static AfterSaleTransition of(UUID afterSaleId, AfterSaleStatus from, AfterSaleStatus to, Actor actor,
            String reason, OffsetDateTime at) {
        AfterSaleTransition t = new AfterSaleTransition();
        t.afterSaleId = afterSaleId;
        t.fromStatus = from;
        t.toStatus = to;
        t.actorRole = actor.role();
        String cut = reason == null || reason.length() <= 1000 ? reason : reason.substring(0, 1000);
        return t.recorded(actor.sub(), cut, at);
    }
}
