package cn.huinong.market.orders.order;

/**
 * Cancelling an unpaid order cancels its whole checkout, since one payment covers all of its orders. The checkout
 * feature (which depends on this one) implements it; the order feature only hands the request over.
 */
public interface UnpaidOrderCancellation {

    /** Closes the checkout's payment and cancels all its orders, or refuses (409) when it was paid meanwhile. */
    void cancelCheckoutOf(ShopOrder order, Actor actor);
}
