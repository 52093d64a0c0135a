package cn.huinong.market.orders.order;

import cn.huinong.market.orders.ledger.ShopOrderFacts;

/** What the ledger needs to know of a shop order. */
public final class LedgerFacts {

    private LedgerFacts() {
    }

    public static ShopOrderFacts of(ShopOrder o) {
        // One payment per checkout, identified by the checkout id at the provider.
        return new ShopOrderFacts(o.id, o.checkoutId, o.checkoutId, o.shopId, o.shopOwnerSub, o.currency, o.goodsFen,
                o.shippingFen, o.commissionRateBp, o.commissionFen, o.shippingSubsidyFen);
    }
}
