package cn.huinong.market.sandbox.payment;

import io.quarkus.scheduler.Scheduled;
import io.vertx.core.Vertx;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Delivers the sandbox's notifications the way Alipay / WeChat Pay do: by HTTP POST of the signed form to the notify
 * URL the merchant gave when it created the payment, never in the request that caused them, again and again on the retry schedule until the
 * merchant answers 2xx with exactly the acknowledgement body, then gives up and records it.
 *
 * <p>Each delivery is claimed in the database first, the HTTP call runs with no transaction open, and its outcome
 * is recorded in a new transaction. Whether a delivery is due is decided on the injected clock's time: a Vert.x timer
 * wakes the next redelivery on time, a periodic {@link #sweep()} picks up any whose timer was lost (restart, another
 * instance), and tests move the clock and call the sweep instead of waiting.
 */
@ApplicationScoped
public class SandboxNotifier {

    private static final Logger LOG = Logger.getLogger(SandboxNotifier.class);
    private static final int SWEEP_BATCH = 100;

    @Inject SandboxServer server;

    @Inject SandboxConfig config;

    @Inject ManagedExecutor executor;

    @Inject Vertx vertx;

    private volatile HttpClient http;
    private volatile boolean stopping;

    /** Delivers the notification on a worker thread after {@code delay} (zero: as soon as possible). */
    public void deliverLater(String notifyId, Duration delay) {
        if (stopping) {
            return;
        }
        if (delay.isZero() || delay.isNegative()) {
            submit(notifyId);
        } else {
            vertx.setTimer(Math.max(1, delay.toMillis()), timer -> submit(notifyId));
        }
    }

    private void submit(String notifyId) {
        try {
            executor.execute(() -> deliverIfDue(notifyId));
        } catch (RejectedExecutionException shuttingDown) {
            LOG.debugf("Sandbox notification %s not delivered now: shutting down (the sweep will)", notifyId);
        }
    }

    /** One automatic delivery, if the notification is still due and nobody else took it. */
    void deliverIfDue(String notifyId) {
        try {
            Optional<SandboxServer.Claim> claim = server.claim(notifyId, lease());
            if (claim.isEmpty()) {
                return;
            }
            DeliveryResult result = post(notifyId, claim.get().url(), claim.get().body(), false);
            server.recordAutomatic(result).ifPresent(next -> deliverLater(notifyId, next));
        } catch (RuntimeException e) {
            if (!stopping) {
                LOG.errorf(e, "Sandbox notification %s: delivery failed; the sweep retries it", notifyId);
            }
        }
    }

    /**
     * Sends the payment's notification {@code times} more times now, byte for byte the same (same notify_id, same
     * signature), and records each delivery. For tests and demos of the merchant's duplicate handling.
     */
    public List<DeliveryResult> deliverNow(String providerPaymentId, int times) {
        SandboxNotification notification = server.notificationOf(providerPaymentId);
        String url = server.notifyUrlOf(providerPaymentId);
        List<DeliveryResult> results = new ArrayList<>(times);
        for (int i = 0; i < times; i++) {
            DeliveryResult result = post(notification.notifyId, url, notification.body, true);
            server.recordManual(result);
            results.add(result);
        }
        return results;
    }

    /** Delivers every notification that is due by the clock; the scheduler calls it, tests call it directly. */
    @Scheduled(identity = "sandbox-payment-notification-sweep", every = "${huinong.sandbox.sweep-every:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void sweep() {
        if (stopping) {
            return;
        }
        for (String notifyId : server.due(SWEEP_BATCH)) {
            deliverIfDue(notifyId);
        }
    }

    private DeliveryResult post(String notifyId, String url, String body, boolean manual) {
        OffsetDateTime at = server.now();
        long started = System.nanoTime();
        Integer status = null;
        boolean acknowledged = false;
        String error = null;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(config.requestTimeout())
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                    .header("User-Agent", "huinong-sandbox-pay/1.0")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            HttpResponse<String> response = client().send(request, HttpResponse.BodyHandlers.ofString());
            status = response.statusCode();
            String answer = response.body();
            acknowledged = status / 100 == 2 && acknowledgement().equals(answer);
            if (!acknowledged) {
                error = "answered " + status + " \"" + abbreviate(answer) + "\", not \"" + acknowledgement() + "\"";
            }
        } catch (IOException | IllegalArgumentException e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        long durationMs = (System.nanoTime() - started) / 1_000_000;
        if (!acknowledged) {
            LOG.debugf("Sandbox notification %s to %s not acknowledged: %s", notifyId, url, error);
        }
        return new DeliveryResult(notifyId, url, at, status, acknowledged, durationMs, error, manual);
    }

    /** What the merchant must answer (Alipay's "success"). */
    public static String acknowledgement() {
        return "success";
    }

    private HttpClient client() {
        HttpClient client = http;
        if (client == null) {
            synchronized (this) {
                if (http == null) {
                    http = HttpClient.newBuilder()
                            .connectTimeout(config.connectTimeout())
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .build();
                }
                client = http;
            }
        }
        return client;
    }

    private Duration lease() {
        return config.connectTimeout().plus(config.requestTimeout()).plusSeconds(30);
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= 100 ? text : text.substring(0, 100) + "…";
    }

    @PreDestroy
    void stop() {
        stopping = true;
        HttpClient client = http;
        if (client != null) {
            client.shutdownNow();
        }
    }
}
