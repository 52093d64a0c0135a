package cn.huinong.market.orders.order;

import static cn.huinong.market.orders.order.Actor.Role.ADMIN;
import static cn.huinong.market.orders.order.Actor.Role.BUYER;
import static cn.huinong.market.orders.order.Actor.Role.SELLER;
import static cn.huinong.market.orders.order.Actor.Role.SYSTEM;
import static cn.huinong.market.orders.order.OrderStatus.ACCEPTED;
import static cn.huinong.market.orders.order.OrderStatus.AFTER_SALE;
import static cn.huinong.market.orders.order.OrderStatus.CANCELLED;
import static cn.huinong.market.orders.order.OrderStatus.COMPLETED;
import static cn.huinong.market.orders.order.OrderStatus.DELIVERED;
import static cn.huinong.market.orders.order.OrderStatus.PAID;
import static cn.huinong.market.orders.order.OrderStatus.PENDING_PAYMENT;
import static cn.huinong.market.orders.order.OrderStatus.REFUNDED;
import static cn.huinong.market.orders.order.OrderStatus.SHIPPED;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Every legal move of a shop order and who may make it. Anything not in this table is refused with a 409.
 *
 * <pre>
 * PENDING_PAYMENT ─pay(system)→ PAID ─accept(seller)→ ACCEPTED ─ship(seller)→ SHIPPED ─deliver(buyer)→ DELIVERED ─→ COMPLETED
 *        │                        │                       │                                        │
 *        └─cancel(buyer, system)  ├─cancel(seller, admin, system: ship-by missed; refunded in full) │
 *                 ↓               └──────── AFTER_SALE (buyer asks for a refund) ←─────────────────┘ (return/refund)
 *            CANCELLED                        │ ends: back to where it was, or REFUNDED (fully refunded)
 * </pre>
 * Leaving AFTER_SALE is the after-sale service's job (role SYSTEM) and may only go back to the status the order
 * had when the case opened, or to REFUNDED.
 */
public final class OrderStateMachine {

    private static final Map<OrderStatus, Map<OrderStatus, Set<Actor.Role>>> TABLE = new EnumMap<>(OrderStatus.class);

    static {
        allow(PENDING_PAYMENT, PAID, SYSTEM);
        allow(PENDING_PAYMENT, CANCELLED, BUYER, SYSTEM, ADMIN);
        allow(PAID, ACCEPTED, SELLER, ADMIN);
        allow(PAID, CANCELLED, SELLER, ADMIN, SYSTEM);
        allow(PAID, AFTER_SALE, BUYER);
        allow(ACCEPTED, SHIPPED, SELLER, ADMIN);
        allow(ACCEPTED, CANCELLED, SELLER, ADMIN, SYSTEM);
        allow(ACCEPTED, AFTER_SALE, BUYER);
        // Logistics operators join this move when shipments tie an operator's station to the parcel (a later
        // issue); until then a station could mark any parcel delivered.
        allow(SHIPPED, DELIVERED, BUYER, ADMIN, SYSTEM);
        allow(DELIVERED, COMPLETED, BUYER, ADMIN, SYSTEM);
        allow(DELIVERED, AFTER_SALE, BUYER);
        allow(AFTER_SALE, PAID, SYSTEM);
        allow(AFTER_SALE, ACCEPTED, SYSTEM);
        allow(AFTER_SALE, DELIVERED, SYSTEM);
        allow(AFTER_SALE, REFUNDED, SYSTEM);
    }

    private OrderStateMachine() {
    }

    private static void allow(OrderStatus from, OrderStatus to, Actor.Role... roles) {
        TABLE.computeIfAbsent(from, f -> new EnumMap<>(OrderStatus.class))
                .put(to, Collections.unmodifiableSet(EnumSet.of(roles[0], roles)));
    }

    /** Whether the table has this move at all, for anyone. */
    public static boolean exists(OrderStatus from, OrderStatus to) {
        return TABLE.getOrDefault(from, Map.of()).containsKey(to);
    }

    /** The roles that may make this move; empty when it is not a move at all. */
    public static Set<Actor.Role> rolesFor(OrderStatus from, OrderStatus to) {
        return TABLE.getOrDefault(from, Map.of()).getOrDefault(to, Set.of());
    }

    /** Where an order in this status may go next (for anyone). */
    public static Set<OrderStatus> next(OrderStatus from) {
        return TABLE.getOrDefault(from, Map.of()).keySet();
    }
}
