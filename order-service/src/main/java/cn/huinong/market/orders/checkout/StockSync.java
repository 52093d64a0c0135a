package cn.huinong.market.orders.checkout;

import cn.huinong.market.orders.client.CatalogClient;
import cn.huinong.market.orders.client.CatalogRefusal;
import cn.huinong.market.orders.client.CatalogUnavailable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Tells catalog-service how a settled checkout ended: paid → confirm the reservation, otherwise release it.
 * Called right after the change commits; when catalog cannot be reached the checkout stays marked RESERVED
 * and {@link CheckoutJobs} tries again. Both calls are idempotent in catalog, so a repeat is harmless.
 */
@ApplicationScoped
public class StockSync {

    private static final Logger LOG = Logger.getLogger(StockSync.class);

    @Inject CatalogClient catalog;

    @Inject CheckoutStore store;

    /** @return whether catalog now knows */
    public boolean settle(UUID checkoutId) {
        Checkout c = store.get(checkoutId);
        if (c.stockState != StockState.RESERVED || c.status == CheckoutStatus.PENDING_PAYMENT) {
            return true;
        }
        boolean paid = c.status == CheckoutStatus.PAID;
        try {
            if (paid) {
                catalog.confirm(checkoutId);
            } else {
                catalog.release(checkoutId);
            }
            store.stockSettled(checkoutId, paid ? StockState.CONFIRMED : StockState.RELEASED);
            return true;
        } catch (CatalogUnavailable e) {
            LOG.warnf("catalog-service unreachable; will %s the reservation of %s later", paid ? "confirm" : "release",
                    checkoutId);
            return false;
        } catch (CatalogRefusal e) {
            if (!paid && e.status() == 404) {
                store.stockSettled(checkoutId, StockState.RELEASED);
                return true;
            }
            // Paid after catalog gave the units up: the payment is kept and the seller must be told; an operator
            // decides (the refund path is the after-sale flow). Logged loudly, retried, never silently dropped.
            LOG.errorf("catalog-service refused to %s the reservation of checkout %s: %d %s",
                    paid ? "confirm" : "release", checkoutId, e.status(), e.problem());
            return false;
        }
    }

    /** Best effort, for a reservation whose checkout was never stored; catalog expires it otherwise. */
    public void releaseQuietly(UUID checkoutId) {
        try {
            catalog.release(checkoutId);
        } catch (RuntimeException e) {
            LOG.debugf("release of never-stored checkout %s: %s", checkoutId, e.getMessage());
        }
    }
}
