package cn.huinong.market.orders.service;

import cn.huinong.market.orders.config.FulfilmentConfig;
import cn.huinong.market.orders.payment.PaymentProvider;
import cn.huinong.market.orders.payment.ProviderPayment;
import cn.huinong.market.orders.payment.ProviderPaymentStatus;
import cn.huinong.market.orders.repository.Actor;
import cn.huinong.market.orders.repository.CheckoutRepository;
import cn.huinong.market.orders.repository.CheckoutStatus;
import cn.huinong.market.orders.repository.RefundRepository;
import cn.huinong.market.orders.repository.ShopOrderRepository;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The deadlines nobody clicks: unpaid checkouts expire (their payment is closed at the provider first, so a
 * payment cannot sneak in after the stock is gone), reservations catalog has not heard about are settled,
 * refunds the provider did not answer are retried, sellers who miss the ship-by deadline have the order cancelled
 * and refunded, and delivered orders complete. Every step is idempotent and re-checks its condition under a row
 * lock, so several instances may run it at once.
 */
@ApplicationScoped
public class OrderJobs {

    private static final Logger LOG = Logger.getLogger(OrderJobs.class);

    @Inject CheckoutRepository checkouts;

    @Inject ShopOrderRepository orders;

    @Inject RefundRepository refundRepository;

    @Inject CheckoutStore checkoutStore;

    @Inject PaymentProvider provider;

    @Inject PaymentService payments;

    @Inject StockSync stock;

    @Inject RefundService refunds;

    @Inject OrderService orderService;

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
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        int batch = config.jobBatchSize();
        int expired = 0;
        for (UUID id : checkouts.overdue(now, batch)) {
            expired += expire(id) ? 1 : 0;
        }
        int settled = 0;
        for (UUID id : checkouts.stockUnsettled(now, batch)) {
            settled += stock.settle(id) ? 1 : 0;
        }
        int retried = 0;
        for (UUID id : refundRepository.pendingBefore(now.minusSeconds(30), batch)) {
            refunds.execute(id);
            retried++;
        }
        int cancelled = 0;
        for (UUID id : orders.shipByMissed(now, batch)) {
            cancelled += orderService.cancelForMissedShipBy(id) ? 1 : 0;
        }
        int completed = 0;
        for (UUID id : orders.deliveredBefore(now.minusDays(config.autoCompleteDays()), batch)) {
            completed += orderService.autoComplete(id) ? 1 : 0;
        }
        return new Report(expired, settled, retried, cancelled, completed);
    }

    private boolean expire(UUID checkoutId) {
        try {
            ProviderPayment p = orderService.closePayment(checkoutId);
            if (p != null && p.status() == ProviderPaymentStatus.PAID) {
                payments.applyQueried(p);
                return false;
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "could not close the payment of checkout %s; will try again", checkoutId);
            return false;
        }
        boolean ended = checkoutStore.endUnpaid(checkoutId, CheckoutStatus.EXPIRED, "PAYMENT_WINDOW_PASSED",
                Actor.SYSTEM, OffsetDateTime.now(ZoneOffset.UTC));
        stock.settle(checkoutId);
        return ended;
    }
}
