package cn.huinong.market.orders.payment;

/**
 * Where a verified payment notification goes: the checkout it pays for. The checkout feature (which depends on this
 * one for the provider) implements it, so the payment feature verifies and acknowledges without knowing checkouts.
 */
public interface PaymentReceiver {

    /** Applies the notification once; returns normally when it is applied (or was already). */
    void received(PaymentNotification notification);
}
