package cn.huinong.market.orders.checkout;

import cn.huinong.market.orders.order.OrderStateMachine;
import cn.huinong.market.orders.order.OrderStatus;
import cn.huinong.market.orders.order.ShopOrderLine;
import cn.huinong.market.orders.order.ShopOrderShipping;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A checkout with its one payment and its shop orders; the totals of the shop orders add up to the payment. The
 * shop orders are shown as the order feature's {@code ShopOrderView} shows them (same fields), written here because
 * one feature's wire records are its own.
 */
public record CheckoutView(UUID id, String buyerSub, CheckoutStatus status, String currency, long goodsFen,
        long shippingFen, long totalFen, String payUrl, String failure, OffsetDateTime expiresAt,
        OffsetDateTime paidAt, OffsetDateTime createdAt, Address address, List<ShopOrder> shopOrders) {

    public record Address(String recipientName, String phone, String provinceCode, String addressLine,
            String countyCode) {
    }

    public record ShopOrder(UUID id, UUID checkoutId, UUID shopId, String shopNameZh, OrderStatus status,
            String currency, long goodsFen, long shippingFen, long totalFen, int commissionRateBp,
            long commissionFen, long refundedFen, int packedWeightG, boolean coldChain, String carrier,
            String trackingNumber, OffsetDateTime shipBy, OffsetDateTime paidAt, OffsetDateTime shippedAt,
            OffsetDateTime deliveredAt, OffsetDateTime completedAt, OffsetDateTime createdAt,
            List<OrderStatus> next, List<Line> lines, long version, ShopOrderShipping routedShipping) {

        static ShopOrder of(cn.huinong.market.orders.order.ShopOrder o) {
            return new ShopOrder(o.id, o.checkoutId, o.shopId, o.shopNameZh, o.status, o.currency, o.goodsFen,
                    o.shippingFen, o.totalFen, o.commissionRateBp, o.commissionFen, o.refundedFen, o.packedWeightG,
                    o.coldChain, o.carrier, o.trackingNumber, o.shipBy, o.paidAt, o.shippedAt, o.deliveredAt,
                    o.completedAt, o.createdAt, OrderStateMachine.next(o.status).stream().sorted().toList(),
                    o.lines.stream().map(Line::of).toList(), o.version, ShopOrderShipping.of(o));
        }
    }

    public record Line(int lineNo, UUID skuId, UUID productId, String productNameZh, String productNameEn,
            String skuNameZh, String skuNameEn, String unit, int quantity, long unitPriceFen, long lineTotalFen) {

        static Line of(ShopOrderLine l) {
            return new Line(l.lineNo, l.skuId, l.productId, l.productNameZh, l.productNameEn, l.skuNameZh,
                    l.skuNameEn, l.unit, l.quantity, l.unitPriceFen, l.lineTotalFen);
        }
    }

    public static CheckoutView of(Checkout c, List<cn.huinong.market.orders.order.ShopOrder> orders) {
        return new CheckoutView(c.id, c.buyerSub, c.status, c.currency, c.goodsFen, c.shippingFen, c.totalFen,
                c.payUrl, c.failure, c.expiresAt, c.paidAt, c.createdAt,
                new Address(c.recipientName, c.recipientPhone, c.provinceCode, c.addressLine, c.countyCode),
                orders.stream().map(ShopOrder::of).toList());
    }
}
