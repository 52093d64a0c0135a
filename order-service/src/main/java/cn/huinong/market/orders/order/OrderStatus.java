package cn.huinong.market.orders.order;

/** The states of a shop order; {@link cn.huinong.market.orders.order.OrderStateMachine} says how they connect. */
public enum OrderStatus {

    PENDING_PAYMENT, PAID, ACCEPTED, SHIPPED, DELIVERED, COMPLETED, CANCELLED, AFTER_SALE, REFUNDED;

    public boolean terminal() {
        return this == COMPLETED || this == CANCELLED || this == REFUNDED;
    }
}
