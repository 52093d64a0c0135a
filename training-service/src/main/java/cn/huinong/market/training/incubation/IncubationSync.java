package cn.huinong.market.training.incubation;

import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.common.problem.ProblemType;
import cn.huinong.market.training.client.FeedPage;
import cn.huinong.market.training.client.OrderEvent;
import cn.huinong.market.training.client.Upstreams;
import cn.huinong.market.training.config.IncubationConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;

/**
 * Polls order-service's event feed from the stored cursor and catalog's history of linked shops not known to be
 * open yet. Every page is applied in one transaction together with the cursor move; facts are keyed by event id,
 * so a replayed page (a crash between apply and cursor, or two instances) changes nothing. The facts of every
 * shop are kept, not only linked shops': a shop linked later counts with its whole history at once.
 */
@ApplicationScoped
public class IncubationSync {

    private static final Logger LOG = Logger.getLogger(IncubationSync.class);

    private final ReentrantLock running = new ReentrantLock();

    @Inject Upstreams upstreams;

    @Inject IncubationStore store;

    @Inject IncubationConfig config;

    @Scheduled(identity = "incubation-sync", every = "${huinong.training.incubation.poll-every}", delayed = "${huinong.training.incubation.poll-delay}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            SyncView done = syncNow();
            if (done.eventsStored() > 0 || done.shopsOpened() > 0) {
                LOG.infof("incubation sync: %s", done);
            }
        } catch (RuntimeException e) {
            LOG.warnf("incubation sync failed, next poll retries from the stored cursor: %s", e.toString());
        }
    }

    /** One sync now; a sync already running in this instance makes this a 409. Upstream failure is a 503. */
    public SyncView syncNow() {
        if (!running.tryLock()) {
            throw ProblemException.conflict("detail.sync-running");
        }
        try {
            int received = 0;
            int stored = 0;
            boolean more = false;
            for (int page = 0; page < config.maxPagesPerSync(); page++) {
                long after = QuarkusTransaction.requiringNew().call(() -> store.cursor(IncubationStore.ORDERS_FEED));
                FeedPage fetched = fetch(after);
                List<OrderEvent> items = fetched.items() == null ? List.of() : fetched.items();
                received += items.size();
                stored += QuarkusTransaction.requiringNew().call(() -> apply(items));
                more = fetched.nextCursor() != null && !items.isEmpty();
                if (!more) {
                    break;
                }
            }
            int[] openings = refreshOpenings();
            long cursor = QuarkusTransaction.requiringNew().call(() -> store.cursor(IncubationStore.ORDERS_FEED));
            return new SyncView(received, stored, cursor, more, openings[0], openings[1]);
        } finally {
            running.unlock();
        }
    }

    private FeedPage fetch(long after) {
        try {
            return upstreams.events(after, Math.max(1, Math.min(500, config.pageSize())));
        } catch (RuntimeException e) {
            LOG.debugf(e, "order feed unavailable");
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "detail.upstream-unavailable", "order-service");
        }
    }

    /** Applies one page under the cursor row's lock; returns how many events were new. */
    int apply(List<OrderEvent> items) {
        store.lockCursor(IncubationStore.ORDERS_FEED);
        int stored = 0;
        long last = 0;
        for (OrderEvent e : items) {
            if (e.eventId() == null || e.shopId() == null || e.shopOrderId() == null || e.occurredAt() == null
                    || e.type() == null) {
                LOG.warnf("order feed event %d lacks required facts; skipped", e.sequence());
            } else if (store.insert(fact(e), "FEED")) {
                stored++;
            }
            last = Math.max(last, e.sequence());
        }
        if (last > 0) {
            store.advance(IncubationStore.ORDERS_FEED, last);
        }
        return stored;
    }

    static OrderFact fact(OrderEvent e) {
        return new OrderFact(e.eventId(), e.sequence(), e.type(), e.occurredAt(), e.shopOrderId(), e.shopId(),
                e.totalFen(), e.commissionFen(), e.refundFen(), e.commissionRefundFen(), e.fullyRefunded());
    }

    /** Asks catalog about linked shops not known to be open; returns {checked, newly opened}. */
    private int[] refreshOpenings() {
        List<UUID> shops = QuarkusTransaction.requiringNew().call(store::linkedShopsNotOpened);
        int opened = 0;
        int checked = 0;
        for (UUID shop : shops) {
            Optional<OffsetDateTime> approvedAt;
            try {
                approvedAt = upstreams.approvedAt(shop);
            } catch (Upstreams.NotAShop e) {
                approvedAt = Optional.empty();
            } catch (RuntimeException e) {
                LOG.warnf("catalog history of shop %s unavailable: %s", shop, e.toString());
                continue;
            }
            checked++;
            OffsetDateTime at = approvedAt.orElse(null);
            QuarkusTransaction.requiringNew().run(() -> store.recordOpening(shop, at));
            if (at != null) {
                opened++;
            }
        }
        return new int[]{checked, opened};
    }
}
