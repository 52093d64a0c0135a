package cn.huinong.market.orders.order;

/** The facts of the order event feed. */
public enum OrderEventType {
    ORDER_PAID, ORDER_ACCEPTED, ORDER_SHIPPED, ORDER_DELIVERED, ORDER_COMPLETED, ORDER_CANCELLED, ORDER_REFUNDED
}
