package cn.huinong.market.orders.ledger;

import java.util.UUID;

public record ShopOrderFacts(UUID shopOrderId, UUID checkoutId, UUID paymentId, UUID shopId, String shopOwnerSub,
                             String currency, long goodsFen, long shippingFen, int commissionRateBp, long commissionFen) {
}
