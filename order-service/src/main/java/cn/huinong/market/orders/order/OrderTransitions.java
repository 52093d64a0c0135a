package cn.huinong.market.orders.order;

import cn.huinong.market.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * Moves a shop order along {@link OrderStateMachine}, records who moved it and why, and writes the matching fact
 * to the outbox — all in the caller's transaction, on an order the caller has locked.
 */
@ApplicationScoped
public class OrderTransitions {

    private static final Map<OrderStatus, OrderEventType> FACTS = Map.of(
            OrderStatus.PAID, OrderEventType.ORDER_PAID,
            OrderStatus.ACCEPTED, OrderEventType.ORDER_ACCEPTED,
            OrderStatus.SHIPPED, OrderEventType.ORDER_SHIPPED,
            OrderStatus.DELIVERED, OrderEventType.ORDER_DELIVERED,
            OrderStatus.COMPLETED, OrderEventType.ORDER_COMPLETED,
            OrderStatus.CANCELLED, OrderEventType.ORDER_CANCELLED);

    @Inject OrderTransitionRepository transitions;

    @Inject Event<OrderFact> facts;

    /** Refuses a move the table does not have (409) or that this actor may not make (403). */
    public static void check(ShopOrder order, OrderStatus to, Actor actor) {
        if (!OrderStateMachine.exists(order.status, to)) {
            throw ProblemException.conflict("detail.order.illegal-transition", order.status, to);
        }
        if (!OrderStateMachine.rolesFor(order.status, to).contains(actor.role())) {
            throw ProblemException.forbidden("detail.order.not-your-move", order.status, to);
        }
        if (order.status == OrderStatus.AFTER_SALE && to != OrderStatus.REFUNDED && to != order.resumeStatus) {
            throw ProblemException.conflict("detail.order.illegal-transition", order.status, to);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void move(ShopOrder order, OrderStatus to, Actor actor, String reason, OffsetDateTime at) {
        check(order, to, actor);
        OrderTransition t = OrderTransition.of(order.id, order.status, to, actor, reason, at);
        transitions.persist(t);
        if (to == OrderStatus.AFTER_SALE) {
            order.resumeStatus = order.status;
        } else if (order.status == OrderStatus.AFTER_SALE) {
            order.resumeStatus = null;
            extendShipBy(order, at);
        }
        order.status = to;
        order.updatedAt = at;
        OrderEventType fact = FACTS.get(to);
        // An order that returns to where it was after an after-sale case is no new fact.
        boolean resumed = t.fromStatus == OrderStatus.AFTER_SALE;
        if (fact != null && !resumed) {
            facts.fire(OrderFact.of(fact, order, at));
        }
    }

    /**
     * The seller cannot ship while a case is open: an order going back to PAID or ACCEPTED gets the ship-by time
     * the case took, so closing a case never makes the ship-by job cancel the order at once.
     */
    private void extendShipBy(ShopOrder order, OffsetDateTime at) {
        if (order.shipBy == null) {
            return;
        }
        OrderTransition opened = transitions.lastInto(order.id, OrderStatus.AFTER_SALE);
        if (opened != null && opened.at.isBefore(at)) {
            order.shipBy = order.shipBy.plus(java.time.Duration.between(opened.at, at));
        }
    }

    /** Records the creation of an order (no previous status) without any event: nothing is paid yet. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void created(ShopOrder order, Actor actor, OffsetDateTime at) {
        transitions.persist(OrderTransition.of(order.id, null, order.status, actor, "checkout", at));
    }
}
