package cn.huinong.market.orders.order;

import cn.huinong.market.common.audit.RoleStatusTransition;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One recorded change of a shop order's status. */
@Entity
@Table(name = "shop_order_transition")
public class OrderTransition extends RoleStatusTransition<OrderStatus, Actor.Role> {

    @Column(name = "shop_order_id", nullable = false) public UUID shopOrderId;

    /** A move of one order (from is null for its creation) by an actor, for a reason, at a time. */
    static OrderTransition of(UUID shopOrderId, OrderStatus from, OrderStatus to, Actor actor, String reason,
            OffsetDateTime at) {
        OrderTransition t = new OrderTransition();
        t.shopOrderId = shopOrderId;
        return t.moved(from, to, actor.role(), actor.sub(), reason, at);
    }
}
