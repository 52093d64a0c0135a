package cn.huinong.market.orders.ledger;

import java.util.UUID;

/**
 * What the ledger needs to know of one shop order, as order-service froze it at checkout. Amounts in fen;
 * {@code commissionFen = Math.floorDiv(goodsFen * commissionRateBp + 5000, 10000)} (round half up);
 * {@code shippingSubsidyFen} is what the county or platform pays of a routed parcel's cost on top of shippingFen.
 */
public record ShopOrderFacts(UUID shopOrderId, UUID checkoutId, UUID paymentId, UUID shopId, String shopOwnerSub,
        String currency, long goodsFen, long shippingFen, int commissionRateBp,
        long commissionFen, long shippingSubsidyFen) {

    /** An order without a logistics subsidy. */
    public ShopOrderFacts(UUID shopOrderId, UUID checkoutId, UUID paymentId, UUID shopId, String shopOwnerSub,
            String currency, long goodsFen, long shippingFen, int commissionRateBp, long commissionFen) {
        this(shopOrderId, checkoutId, paymentId, shopId, shopOwnerSub, currency, goodsFen, shippingFen,
                commissionRateBp, commissionFen, 0);
    }

    public long totalFen() {
        return goodsFen + shippingFen;
    }
}
