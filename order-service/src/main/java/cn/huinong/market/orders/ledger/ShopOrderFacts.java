package cn.huinong.market.orders.ledger;

import java.util.UUID;

/**
 * What the ledger needs to know of one shop order, as order-service froze it at checkout. Amounts in fen;
 * {@code commissionFen = Math.floorDiv(goodsFen * commissionRateBp + 5000, 10000)} (round half up).
 */
public record ShopOrderFacts(UUID shopOrderId, UUID checkoutId, UUID paymentId, UUID shopId, String shopOwnerSub,
        String currency, long goodsFen, long shippingFen, int commissionRateBp,
        long commissionFen) {

    public long totalFen() {
        return goodsFen + shippingFen;
    }
}
