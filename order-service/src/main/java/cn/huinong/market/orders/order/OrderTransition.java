package cn.huinong.market.orders.order;

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

/** One recorded change of a shop order's status. */
@Entity
@Table(name = "shop_order_transition")
public class OrderTransition extends TransitionRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;

    @Column(name = "shop_order_id", nullable = false) public UUID shopOrderId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status") public OrderStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false) public OrderStatus toStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_role", nullable = false) public Actor.Role actorRole;

    /** A move of one order (from is null for its creation) by an actor, for a reason, at a time. */
    static OrderTransition of(UUID shopOrderId, OrderStatus from, OrderStatus to, Actor actor, String reason,
            OffsetDateTime at) {
        OrderTransition t = new OrderTransition();
        t.shopOrderId = shopOrderId;
        t.fromStatus = from;
        t.toStatus = to;
        t.actorRole = actor.role();
        return t.recorded(actor.sub(), reason, at);
    }
}
