package cn.huinong.market.orders.checkout;

import cn.huinong.market.orders.config.FulfilmentConfig;
import cn.huinong.market.orders.config.JobsSwitch;
import cn.huinong.market.orders.order.OrderJobs;
import cn.huinong.market.orders.payment.RefundService;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Every deadline of checkouts, refunds and orders, run in this order on a schedule (and by an admin on demand):
 * unpaid checkouts expire, reservations are settled with catalog, refunds the provider did not answer are retried,
 * missed ship-by deadlines cancel and refund, delivered orders complete. It lives in the checkout feature because
 * that is the one that sees the other two.
 */
@ApplicationScoped
public class DeadlineJobs {

    private static final Logger LOG = Logger.getLogger(DeadlineJobs.class);

    @Inject CheckoutJobs checkoutJobs;

    @Inject RefundService refunds;

    @Inject OrderJobs orderJobs;

    @Inject FulfilmentConfig config;

    public record Report(int expired, int stockSettled, int refundsRetried, int shipByCancelled, int completed) {
    }

    @Scheduled(every = "${huinong.orders.jobs.every:20s}", delayed = "${huinong.orders.jobs.delay:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = JobsSwitch.class)
    void scheduled() {
        Report r = runAll();
        if (r.expired() + r.stockSettled() + r.refundsRetried() + r.shipByCancelled() + r.completed() > 0) {
            LOG.infof("order jobs: %s", r);
        }
    }

    public Report runAll() {
        int expired = checkoutJobs.expireUnpaid();
        int settled = checkoutJobs.settleStock();
        int retried = refunds.retryPending(config.jobBatchSize());
        int cancelled = orderJobs.cancelMissedShipBy();
        int completed = orderJobs.autoComplete();
        return new Report(expired, settled, retried, cancelled, completed);
    }
}
