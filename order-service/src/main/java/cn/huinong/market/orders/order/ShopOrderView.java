package cn.huinong.market.orders.order;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A shop order as its buyer, its seller and admins see it. */
public record ShopOrderView(UUID id, UUID checkoutId, UUID shopId, String shopNameZh, OrderStatus status,
        String currency, long goodsFen, long shippingFen, long totalFen, int commissionRateBp,
        long commissionFen, long refundedFen, int packedWeightG, boolean coldChain,
        String carrier, String trackingNumber, OffsetDateTime shipBy, OffsetDateTime paidAt,
        OffsetDateTime shippedAt, OffsetDateTime deliveredAt, OffsetDateTime completedAt,
        OffsetDateTime createdAt, List<OrderStatus> next, List<Line> lines, long version,
        ShopOrderShipping routedShipping) {

    public record Line(int lineNo, UUID skuId, UUID productId, String productNameZh, String productNameEn,
            String skuNameZh, String skuNameEn, String unit, int quantity, long unitPriceFen,
            long lineTotalFen) {
    }

    public static ShopOrderView of(ShopOrder o) {
        return new ShopOrderView(o.id, o.checkoutId, o.shopId, o.shopNameZh, o.status, o.currency, o.goodsFen,
                o.shippingFen, o.totalFen, o.commissionRateBp, o.commissionFen, o.refundedFen, o.packedWeightG,
                o.coldChain, o.carrier, o.trackingNumber, o.shipBy, o.paidAt, o.shippedAt, o.deliveredAt,
                o.completedAt, o.createdAt, OrderStateMachine.next(o.status).stream().sorted().toList(),
                o.lines.stream().map(l -> new Line(l.lineNo, l.skuId, l.productId, l.productNameZh, l.productNameEn,
                        l.skuNameZh, l.skuNameEn, l.unit, l.quantity, l.unitPriceFen, l.lineTotalFen)).toList(),
                o.version, ShopOrderShipping.of(o));
    }
}
