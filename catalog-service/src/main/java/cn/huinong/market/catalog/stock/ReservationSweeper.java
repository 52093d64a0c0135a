package cn.huinong.market.catalog.stock;

import cn.huinong.market.catalog.config.InventoryConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Gives back the units of reservations nobody confirmed or released in time (order-service crashed, the buyer
 * walked away). Every instance runs it; SKIP LOCKED batches keep them from waiting on or doubling each other.
 */
@ApplicationScoped
public class ReservationSweeper {

    private static final Logger LOG = Logger.getLogger(ReservationSweeper.class);

    @Inject ReservationService reservations;

    @Inject InventoryConfig config;

    @Scheduled(every = "${huinong.catalog.inventory.sweeper.every:10s}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            sweep();
        } catch (RuntimeException e) {
            // The next run tries again; a failed batch rolled back whole.
            LOG.warnf(e, "Expiring reservations failed");
        }
    }

    /** Expires everything due now, batch by batch; returns how many reservations it expired. */
    public int sweep() {
        int batchSize = config.sweeper().batchSize();
        int total = 0;
        int expired;
        do {
            expired = reservations.expireDue(batchSize);
            total += expired;
        } while (expired == batchSize);
        if (total > 0) {
            LOG.infof("Expired %d reservations and released their stock", total);
        }
        return total;
    }
}
