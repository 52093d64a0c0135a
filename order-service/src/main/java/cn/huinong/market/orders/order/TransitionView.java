package cn.huinong.market.orders.order;

import java.time.OffsetDateTime;

/** One entry of an order's history. */
public record TransitionView(OrderStatus from, OrderStatus to, String actorSub, Actor.Role actorRole, String reason,
        OffsetDateTime at) {

    public static TransitionView of(OrderTransition t) {
        return new TransitionView(t.fromStatus, t.toStatus, t.actorSub, t.actorRole, t.reason, t.at);
    }
}
