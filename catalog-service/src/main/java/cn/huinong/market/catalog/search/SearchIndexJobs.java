package cn.huinong.market.catalog.search;

import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Background upkeep of the search index: a periodic catch-up of products changed since they were indexed (the
 * safety net behind {@link ProductIndexer} calls), and the full rebuild an admin can start. Both work in batches
 * of {@value PostgresProductIndexer#BATCH} products, one short transaction each, so searches keep working
 * (on the old rows) while they run.
 */
@ApplicationScoped
public class SearchIndexJobs {

    private static final Logger LOG = Logger.getLogger(SearchIndexJobs.class);

    public enum State {
        IDLE, RUNNING, DONE, FAILED
    }

    /** What the last full rebuild did; {@code products} counts the products indexed so far. */
    public record RebuildStatus(State state, OffsetDateTime startedAt, OffsetDateTime finishedAt, long products,
            String error) {
    }

    @Inject Clock clock;

    @Inject PostgresProductIndexer indexer;

    private final AtomicReference<RebuildStatus> rebuild = new AtomicReference<>(
            new RebuildStatus(State.IDLE, null, null, 0, null));
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "search-rebuild");
        thread.setDaemon(true);
        return thread;
    });

    @Scheduled(identity = "search-catch-up", every = "{huinong.catalog.search.catch-up-every}", delayed = "{huinong.catalog.search.catch-up-delay}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledCatchUp() {
        catchUp();
    }

    /** Indexes every product changed since it was indexed; returns how many. */
    public long catchUp() {
        long total = 0;
        int done;
        do {
            done = indexer.catchUp();
            total += done;
        } while (done == PostgresProductIndexer.BATCH);
        if (total > 0) {
            LOG.infof("Search index caught up with %d changed products", total);
        }
        return total;
    }

    /** Starts a full rebuild unless one is running; either way returns the current status. */
    public RebuildStatus startRebuild() {
        RebuildStatus current = rebuild.get();
        if (current.state() == State.RUNNING) {
            return current;
        }
        RebuildStatus running = new RebuildStatus(State.RUNNING, now(), null, 0, null);
        if (!rebuild.compareAndSet(current, running)) {
            return rebuild.get();
        }
        worker.submit(() -> runRebuild(running.startedAt()));
        return running;
    }

    public RebuildStatus rebuildStatus() {
        return rebuild.get();
    }

    private void runRebuild(OffsetDateTime startedAt) {
        long products = 0;
        try {
            UUID after = null;
            while (true) {
                UUID last = indexer.rebuildBatch(after);
                if (last == null) {
                    break;
                }
                after = last;
                products += PostgresProductIndexer.BATCH;
                rebuild.set(new RebuildStatus(State.RUNNING, startedAt, null, products, null));
            }
            long total = indexer.countDocuments();
            rebuild.set(new RebuildStatus(State.DONE, startedAt, now(), total, null));
            LOG.infof("Search index rebuilt: %d products", total);
        } catch (RuntimeException e) {
            LOG.error("Search index rebuild failed", e);
            rebuild.set(new RebuildStatus(State.FAILED, startedAt, now(), products, e.getClass().getSimpleName()));
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
