package cn.huinong.market.orders.checkout;

import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.common.problem.ProblemType;
import cn.huinong.market.orders.order.Actor;
import cn.huinong.market.orders.order.ShopOrder;
import cn.huinong.market.orders.order.UnpaidOrderCancellation;
import cn.huinong.market.orders.payment.PaymentProvider;
import cn.huinong.market.orders.payment.ProviderPayment;
import cn.huinong.market.orders.payment.ProviderPaymentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A buyer (or admin) cancelling an unpaid order cancels its whole checkout: there is one payment for all of it. The
 * payment is closed at the provider first; if it was paid in the meantime, the payment wins.
 */
@ApplicationScoped
public class CheckoutCancellation implements UnpaidOrderCancellation {

    @Inject PaymentProvider provider;

    @Inject CheckoutPayments payments;

    @Inject CheckoutStore store;

    @Inject StockSync stock;

    @Inject Clock clock;

    @Override
    public void cancelCheckoutOf(ShopOrder order, Actor actor) {
        ProviderPayment p = closePayment(order.checkoutId);
        if (p != null && p.status() == ProviderPaymentStatus.PAID) {
            payments.applyQueried(p);
            throw ProblemException.conflict("detail.order.already-paid");
        }
        store.endUnpaid(order.checkoutId, CheckoutStatus.CANCELLED, "CANCELLED_BY_BUYER", actor,
                OffsetDateTime.now(clock));
        stock.settle(order.checkoutId);
    }

    /**
     * Closes the checkout's payment at the provider, even when we never stored its id (a crash may have come
     * between the provider opening it and our recording it); null when the provider never opened one.
     */
    ProviderPayment closePayment(UUID checkoutId) {
        try {
            return provider.close(checkoutId);
        } catch (ProblemException e) {
            if (e.type() == ProblemType.NOT_FOUND) {
                return null;
            }
            throw e;
        }
    }
}
