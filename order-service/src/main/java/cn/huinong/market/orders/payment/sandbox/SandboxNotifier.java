package cn.huinong.market.orders.payment.sandbox;

import cn.huinong.market.orders.payment.PaymentConfig;
import io.quarkus.runtime.LaunchMode;
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
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Delivers the sandbox's notifications the way Alipay / WeChat Pay do: by HTTP POST of the signed form to the
 * merchant's notify URL, never in the request that caused them, again and again on the retry schedule until the
 * merchant answers 2xx with exactly the acknowledgement body, then gives up and records it.
 *
 * <p>Each delivery is claimed in the database first, the HTTP call runs with no transaction open, and its outcome
 * is recorded in a new transaction. A Vert.x timer wakes the next redelivery on time; a periodic sweep picks up any
 * whose timer was lost (restart, another instance).
 */
@ApplicationScoped
public class SandboxNotifier {

    private static final Logger LOG = Logger.getLogger(SandboxNotifier.class);
    private static final int SWEEP_BATCH = 100;

    @Inject SandboxServer server;

    @Inject PaymentConfig config;

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
            DeliveryResult result = post(notifyId, claim.get().body(), false);
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
        List<DeliveryResult> results = new ArrayList<>(times);
        for (int i = 0; i < times; i++) {
            DeliveryResult result = post(notification.notifyId, notification.body, true);
            server.recordManual(result);
            results.add(result);
        }
        return results;
    }

    @Scheduled(identity = "sandbox-payment-notification-sweep", every = "${huinong.orders.payment.sandbox.sweep-every:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        if (stopping) {
            return;
        }
        for (String notifyId : server.due(SWEEP_BATCH)) {
            deliverIfDue(notifyId);
        }
    }

    private DeliveryResult post(String notifyId, String body, boolean manual) {
        String url = notifyUrl();
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
        long started = System.nanoTime();
        Integer status = null;
        boolean acknowledged = false;
        String error = null;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(config.sandbox().requestTimeout())
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

    /** What the merchant must answer; the provider bean returns the same text. */
    public static String acknowledgement() {
        return "success";
    }

    /**
     * The configured notify URL; a path is resolved against this service's own port as the running server reports
     * it (so the default also works on a random test port).
     */
    public String notifyUrl() {
        String configured = config.sandbox().notifyUrl();
        if (!configured.startsWith("/")) {
            return configured;
        }
        var cfg = ConfigProvider.getConfig();
        String portProperty = LaunchMode.current() == LaunchMode.TEST ? "quarkus.http.test-port" : "quarkus.http.port";
        int port = cfg.getOptionalValue(portProperty, Integer.class).orElse(8080);
        String host = cfg.getOptionalValue("quarkus.http.host", String.class).orElse("localhost");
        if (host.isBlank() || "0.0.0.0".equals(host) || "localhost".equals(host)) {
            host = "127.0.0.1";
        } else if ("::".equals(host) || "[::]".equals(host)) {
            host = "[::1]";
        } else if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        return "http://" + host + ":" + port + configured;
    }

    private HttpClient client() {
        HttpClient client = http;
        if (client == null) {
            synchronized (this) {
                if (http == null) {
                    http = HttpClient.newBuilder()
                            .connectTimeout(config.sandbox().connectTimeout())
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .build();
                }
                client = http;
            }
        }
        return client;
    }

    private Duration lease() {
        return config.sandbox().connectTimeout().plus(config.sandbox().requestTimeout()).plusSeconds(30);
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
