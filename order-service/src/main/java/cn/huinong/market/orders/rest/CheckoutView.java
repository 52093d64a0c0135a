package cn.huinong.market.orders.rest;

import cn.huinong.market.orders.repository.Checkout;
import cn.huinong.market.orders.repository.CheckoutStatus;
import cn.huinong.market.orders.repository.ShopOrder;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A checkout with its one payment and its shop orders; the totals of the shop orders add up to the payment. */
public record CheckoutView(UUID id, String buyerSub, CheckoutStatus status, String currency, long goodsFen,
        long shippingFen,
        long totalFen, String payUrl, String failure, OffsetDateTime expiresAt,
        OffsetDateTime paidAt, OffsetDateTime createdAt, Address address,
        List<ShopOrderView> shopOrders) {

    public record Address(String recipientName, String phone, String provinceCode, String addressLine) {
    }

    public static CheckoutView of(Checkout c, List<ShopOrder> orders) {
        return new CheckoutView(c.id, c.buyerSub, c.status, c.currency, c.goodsFen, c.shippingFen, c.totalFen, c.payUrl,
                c.failure,
                c.expiresAt, c.paidAt, c.createdAt,
                new Address(c.recipientName, c.recipientPhone, c.provinceCode, c.addressLine),
                orders.stream().map(ShopOrderView::of).toList());
    }
}
