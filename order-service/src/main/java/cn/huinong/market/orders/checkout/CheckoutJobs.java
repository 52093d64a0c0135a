package cn.huinong.market.orders.checkout;

import cn.huinong.market.orders.config.FulfilmentConfig;
import cn.huinong.market.orders.order.Actor;
import cn.huinong.market.orders.payment.ProviderPayment;
import cn.huinong.market.orders.payment.ProviderPaymentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The checkout deadlines: unpaid checkouts expire (their payment is closed at the provider first, so a payment
 * cannot sneak in after the stock is gone) and reservations catalog has not heard about are settled. Every step is
 * idempotent and re-checks its condition under a row lock.
 */
@ApplicationScoped
public class CheckoutJobs {

    private static final Logger LOG = Logger.getLogger(CheckoutJobs.class);

    @Inject CheckoutRepository checkouts;

    @Inject CheckoutStore checkoutStore;

    @Inject CheckoutCancellation cancellation;

    @Inject CheckoutPayments payments;

    @Inject StockSync stock;

    @Inject FulfilmentConfig config;

    @Inject Clock clock;

    /** @return how many checkouts expired */
    public int expireUnpaid() {
        int expired = 0;
        for (UUID id : checkouts.overdue(OffsetDateTime.now(clock), config.jobBatchSize())) {
            expired += expire(id) ? 1 : 0;
        }
        return expired;
    }

    /** @return how many reservations catalog now knows the end of */
    public int settleStock() {
        int settled = 0;
        for (UUID id : checkouts.stockUnsettled(OffsetDateTime.now(clock), config.jobBatchSize())) {
            settled += stock.settle(id) ? 1 : 0;
        }
        return settled;
    }

    private boolean expire(UUID checkoutId) {
        try {
            ProviderPayment p = cancellation.closePayment(checkoutId);
            if (p != null && p.status() == ProviderPaymentStatus.PAID) {
                payments.applyQueried(p);
                return false;
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "could not close the payment of checkout %s; will try again", checkoutId);
            return false;
        }
        boolean ended = checkoutStore.endUnpaid(checkoutId, CheckoutStatus.EXPIRED, "PAYMENT_WINDOW_PASSED",
                Actor.SYSTEM, OffsetDateTime.now(clock));
        stock.settle(checkoutId);
        return ended;
    }
}
