package cn.huinong.market.gateway.client;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A checkout with its one payment and its shop orders, as order-service returns it. */
public record Checkout(UUID id, String status, String currency, long goodsFen, long shippingFen, long totalFen,
        String payUrl, String failure, OffsetDateTime expiresAt, OffsetDateTime paidAt, OffsetDateTime createdAt,
        Address address, List<ShopOrder> shopOrders) {

    public record Address(String recipientName, String phone, String provinceCode, String addressLine) {
    }
}
