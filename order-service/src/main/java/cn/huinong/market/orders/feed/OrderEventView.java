package cn.huinong.market.orders.feed;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One fact of the order event feed. The amounts always describe the whole shop order; on ORDER_REFUNDED,
 * {@code refundFen} and {@code commissionRefundFen} are this refund's, {@code refundedTotalFen} the running total.
 */
public record OrderEventView(long sequence, UUID eventId, String type, OffsetDateTime occurredAt, UUID shopOrderId,
        UUID checkoutId, UUID shopId, String currency, long goodsFen, long shippingFen,
        long totalFen, int commissionRateBp, long commissionFen, long refundFen,
        long commissionRefundFen, long refundedTotalFen, boolean fullyRefunded,
        List<Line> lines) {

    public record Line(UUID skuId, UUID productId, String productNameZh, String skuNameZh, int quantity,
            long unitPriceFen, long lineTotalFen) {
    }

    public OrderEventView withSequence(long seq) {
        return new OrderEventView(seq, eventId, type, occurredAt, shopOrderId, checkoutId, shopId, currency, goodsFen,
                shippingFen, totalFen, commissionRateBp, commissionFen, refundFen, commissionRefundFen,
                refundedTotalFen, fullyRefunded, lines);
    }
}
