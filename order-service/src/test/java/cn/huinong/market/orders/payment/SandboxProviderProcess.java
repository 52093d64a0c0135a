package cn.huinong.market.orders.payment;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The real sandbox payment provider (module {@code sandbox-payment}, built by the reactor before order-service) as a
 * separate process for order-service's tests: the provider adapter talks to it over HTTP exactly as in production.
 *
 * <p>The test resource picks the port and points the REST client at it; the process itself starts once
 * order-service has migrated its test database ({@link Launcher}, on startup), because it keeps its books in that
 * same database — so the tests that inspect or force the provider's state by SQL ({@code sandbox_payment}) and
 * {@code TestDatabase.truncateAllExcept()} keep working. Its own Flyway history table keeps the two schemas apart.
 * Output goes to {@code target/sandbox-payment-test.log}.
 */
@QuarkusTestResource(SandboxProviderProcess.class)
public class SandboxProviderProcess implements QuarkusTestResourceLifecycleManager {

    private static final Duration READY_WITHIN = Duration.ofSeconds(300);
    private static volatile int port;
    private static volatile Process process;

    @Override
    public Map<String, String> start() {
        port = freePort();
        return Map.of("quarkus.rest-client.sandbox-pay.url", "http://127.0.0.1:" + port);
    }

    @Override
    public void stop() {
        Process running = process;
        process = null;
        if (running != null) {
            running.destroy();
            try {
                if (!running.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    running.destroyForcibly();
                }
            } catch (InterruptedException e) {
                running.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Starts the sandbox when order-service has started (its Flyway migrations have run by then). */
    @ApplicationScoped
    static class Launcher {

        void onStart(@Observes StartupEvent event) {
            if (process == null && port != 0) {
                launch();
            }
        }
    }

    private static synchronized void launch() {
        var config = ConfigProvider.getConfig();
        Path runner = runner();
        Path log = Path.of("target", "sandbox-payment-test.log").toAbsolutePath();
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx192m", "-XX:TieredStopAtLevel=1",
                "-Duser.timezone=UTC", "-Dfile.encoding=UTF-8", "-jar", runner.toString()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_DATASOURCE_JDBC_URL", config.getValue("quarkus.datasource.jdbc.url", String.class));
        env.put("QUARKUS_DATASOURCE_USERNAME",
                config.getOptionalValue("quarkus.datasource.username", String.class).orElse("postgres"));
        env.put("QUARKUS_DATASOURCE_PASSWORD",
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
        // order-service's migrations already made common's tables here (common's V0_1): the sandbox starts its own
        // history after them (Flyway locations are fixed at build time; the baseline is not)
        env.put("QUARKUS_FLYWAY_BASELINE_VERSION", "0.1");
        env.put("HUINONG_SANDBOX_PUBLIC_URL", "http://127.0.0.1:" + port + "/api/orders/sandbox-pay");
        env.put("HUINONG_SANDBOX_RETRY_DELAYS", "300ms,300ms,300ms");
        env.put("HUINONG_SANDBOX_SWEEP_EVERY", "1s");
        try {
            Process started = builder.start();
            process = started;
            Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
            awaitReady(started, log);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the sandbox payment provider " + runner, e);
        }
    }

    private static Path runner() {
        String configured = System.getenv("HUINONG_SANDBOX_RUNNER");
        Path runner = configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of("..", "sandbox-payment", "target", "quarkus-app", "quarkus-run.jar");
        if (!Files.isRegularFile(runner)) {
            throw new IllegalStateException("The sandbox payment provider is not built (" + runner.toAbsolutePath()
                    + "): build with the reactor, e.g. ./mvnw -B -pl order-service -am verify");
        }
        return runner.toAbsolutePath().normalize();
    }

    private static void awaitReady(Process started, Path log) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!started.isAlive()) {
                throw new IllegalStateException("The sandbox payment provider exited with " + started.exitValue()
                        + "; see " + log);
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while the sandbox payment provider started", e);
            }
            try {
                Thread.sleep(200); // waiting on a real external process
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while the sandbox payment provider started", e);
            }
        }
        started.destroyForcibly();
        throw new IllegalStateException("The sandbox payment provider was not ready within " + READY_WITHIN
                + "; see " + log);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port for the sandbox payment provider", e);
        }
    }

    /** Base URL of the running sandbox. */
    public static String url() {
        return "http://127.0.0.1:" + port;
    }
}
