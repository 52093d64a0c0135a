package cn.huinong.market.orders.order;

import java.time.OffsetDateTime;

/**
 * A fact about a shop order that other services follow (paid, shipped, refunded…). Fired as a synchronous CDI event
 * inside the transaction of the change; the feed feature observes it and writes its outbox row there, so the order
 * and payment features never depend on the feed. Fire it as the last step of a transaction: the outbox lock is the
 * last lock any writer takes.
 *
 * @param refundFen           on ORDER_REFUNDED, this refund's amount (0 otherwise)
 * @param commissionRefundFen on ORDER_REFUNDED, the commission this refund gives back (0 otherwise)
 */
public record OrderFact(OrderEventType type, ShopOrder order, OffsetDateTime at, long refundFen,
        long commissionRefundFen) {

    public static OrderFact of(OrderEventType type, ShopOrder order, OffsetDateTime at) {
        return new OrderFact(type, order, at, 0, 0);
    }
}
