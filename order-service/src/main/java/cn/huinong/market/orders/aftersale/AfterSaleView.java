package cn.huinong.market.orders.aftersale;

import cn.huinong.market.orders.order.Actor;
import cn.huinong.market.orders.payment.RefundStatus;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An after-sale case as its buyer, the order's seller and admins see it, with its photos and every move.
 * {@code refundFen} = {@code refundGoodsFen + refundShippingFen}, set once a refund was decided; {@code refundStatus}
 * is the payment provider's outcome (PENDING until it answered).
 */
public record AfterSaleView(UUID id, UUID shopOrderId, UUID shopId, String buyerSub, AfterSaleKind kind,
        AfterSaleStatus status, AfterSaleReason reasonCode, String description,
        long requestedGoodsFen, Long refundGoodsFen, Long refundShippingFen, Long refundFen,
        UUID refundId, RefundStatus refundStatus, String returnCarrier,
        String returnTrackingNumber, OffsetDateTime disputeDeadline, OffsetDateTime createdAt,
        OffsetDateTime updatedAt, OffsetDateTime closedAt, List<Photo> photos,
        List<Move> history, long version) {

    public record Photo(UUID id, String contentType, long sizeBytes, String url, OffsetDateTime createdAt) {

        static Photo of(AfterSalePhoto p) {
            return new Photo(p.id, p.contentType, p.sizeBytes,
                    "/api/orders/after-sales/" + p.afterSaleId + "/photos/" + p.id, p.createdAt);
        }
    }

    public record Move(AfterSaleStatus from, AfterSaleStatus to, String actorSub, Actor.Role actorRole,
            String reason, OffsetDateTime at) {

        static Move of(AfterSaleTransition t) {
            return new Move(t.fromStatus, t.toStatus, t.actorSub, t.actorRole, t.reason, t.at);
        }
    }

    static AfterSaleView of(AfterSale c, RefundStatus refundStatus, List<AfterSalePhoto> photos,
            List<AfterSaleTransition> history) {
        Long refundFen = c.refundGoodsFen == null ? null : c.refundGoodsFen + c.refundShippingFen;
        return new AfterSaleView(c.id, c.shopOrderId, c.shopId, c.buyerSub, c.kind, c.status, c.reasonCode,
                c.description, c.requestedGoodsFen, c.refundGoodsFen, c.refundShippingFen, refundFen, c.refundId,
                refundStatus, c.returnCarrier, c.returnTrackingNumber, c.disputeDeadline, c.createdAt, c.updatedAt,
                c.closedAt, photos.stream().map(Photo::of).toList(), history.stream().map(Move::of).toList(),
                c.version);
    }
}
