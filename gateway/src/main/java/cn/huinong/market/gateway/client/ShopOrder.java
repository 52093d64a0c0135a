package cn.huinong.market.gateway.client;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One shop's part of a checkout. {@code shipBy} is the date the shop promised to ship by. */
public record ShopOrder(UUID id, UUID checkoutId, UUID shopId, String shopNameZh, String status, long goodsFen,
        long shippingFen, long totalFen, String carrier, String trackingNumber, OffsetDateTime shipBy,
        OffsetDateTime paidAt, OffsetDateTime shippedAt, OffsetDateTime deliveredAt, OffsetDateTime createdAt,
        List<String> next, List<Line> lines, long version) {

    /** Whether the order may move to that status next (order-service's state machine says so). */
    public boolean canMoveTo(String status) {
        return next != null && next.contains(status);
    }

    public record Line(int lineNo, UUID skuId, UUID productId, String productNameZh, String productNameEn,
            String skuNameZh, String skuNameEn, String unit, int quantity, long unitPriceFen, long lineTotalFen) {
    }
}
