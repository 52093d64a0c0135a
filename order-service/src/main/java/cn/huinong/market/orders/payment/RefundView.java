package cn.huinong.market.orders.payment;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Money going back to a buyer, as operators see it. */
public record RefundView(UUID id, UUID shopOrderId, UUID checkoutId, UUID afterSaleId, long goodsFen,
        long shippingFen, long amountFen, RefundStatus status, String reason,
        String providerRefundId, String failure, int attempts, OffsetDateTime createdAt,
        OffsetDateTime completedAt) {

    public static RefundView of(Refund r) {
        return new RefundView(r.id, r.shopOrderId, r.checkoutId, r.afterSaleId, r.goodsFen, r.shippingFen,
                r.amountFen, r.status, r.reason, r.providerRefundId, r.failure, r.attempts, r.createdAt,
                r.completedAt);
    }
}
