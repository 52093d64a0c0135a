package cn.huinong.market.common.idempotency;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/** Decides what a request carrying an Idempotency-Key does: the work, a replay, or a refusal. */
@ApplicationScoped
@IfBuildProperty(name = IdempotencyConfig.ENABLED, stringValue = "true", enableIfMissing = true)
public class IdempotencyGate {

    private static final long POLL_MILLIS = 50;

    public sealed interface Decision permits Proceed, Replay, KeyReused, StillRunning {
    }

    /** This request owns the key: do the work, then store the response. */
    public record Proceed() implements Decision {
    }

    public record Replay(StoredResponse response) implements Decision {
    }

    public record KeyReused() implements Decision {
    }

    /** The first request with the key is still running after we waited for it. */
    public record StillRunning() implements Decision {
    }

    @Inject IdempotencyStore store;

    @Inject IdempotencyConfig config;

    public Decision enter(String caller, String key, String method, String path, String requestHash) {
        Instant deadline = Instant.now().plus(config.waitForFirst());
        while (true) {
            if (store.claim(caller, key, method, path, requestHash)) {
                return new Proceed();
            }
            Optional<IdempotencyStore.Entry> existing = store.find(caller, key);
            if (existing.isEmpty()) {
                continue; // the owner released it between our insert and our read: claim again
            }
            IdempotencyStore.Entry entry = existing.get();
            if (!entry.requestHash().equals(requestHash)) {
                return new KeyReused();
            }
            if (entry.state() == IdempotencyStore.State.COMPLETED) {
                return new Replay(entry.response());
            }
            if (entry.createdAt().plus(config.abandonedAfter()).isBefore(Instant.now())
                    && store.takeOverAbandoned(caller, key, entry.createdAt())) {
                return new Proceed();
            }
            if (Instant.now().isAfter(deadline)) {
                return new StillRunning();
            }
            pause();
        }
    }

    public void complete(String caller, String key, StoredResponse response) {
        store.complete(caller, key, response);
    }

    public void release(String caller, String key) {
        store.release(caller, key);
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for an idempotent twin", e);
        }
    }
}
