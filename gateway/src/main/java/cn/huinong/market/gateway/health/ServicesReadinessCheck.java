package cn.huinong.market.gateway.health;

import cn.huinong.market.gateway.config.GatewayConfig;
import cn.huinong.market.gateway.route.ServiceRoute;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The gateway is only useful when the services behind it are, so its readiness is theirs:
 * each service's {@code /q/health/ready} is probed in parallel, without blocking, with a short budget.
 */
@Readiness
@ApplicationScoped
public class ServicesReadinessCheck implements AsyncHealthCheck {

    private static final String READY_PATH = "/q/health/ready";

    private final List<ServiceRoute> routes;
    private final HttpClient client;
    private final Duration timeout;

    ServicesReadinessCheck(GatewayConfig config, HttpClient client) {
        this.routes = ServiceRoute.all(config);
        this.client = client;
        this.timeout = config.health().timeout();
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        List<Uni<Probe>> probes = routes.stream().map(this::probe).toList();
        return Uni.combine().all().unis(probes).with(Probe.class, results -> {
            HealthCheckResponseBuilder response = HealthCheckResponse.named("services");
            boolean allUp = true;
            for (Probe probe : results) {
                response.withData(probe.service(), probe.up() ? "UP" : "DOWN");
                if (!probe.up()) {
                    response.withData(probe.service() + ".reason", probe.reason());
                    allUp = false;
                }
            }
            return response.status(allUp).build();
        });
    }

    private Uni<Probe> probe(ServiceRoute route) {
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setHost(route.host())
                .setPort(route.port())
                .setSsl(route.ssl())
                .setURI(READY_PATH)
                .setTimeout(timeout.toMillis());
        Future<Probe> probe = client.request(options)
                .compose(request -> request.send())
                .compose(response -> response.body().map(ignored -> verdict(route, response)))
                .otherwise(failure -> new Probe(route.name(), false, describe(failure)));
        return Uni.createFrom().completionStage(probe.toCompletionStage())
                // The client timeout should always fire first; this only guards against a probe that never settles.
                .ifNoItem().after(timeout.multipliedBy(2))
                .recoverWithItem(new Probe(route.name(), false, "no answer"));
    }

    private static Probe verdict(ServiceRoute route, HttpClientResponse response) {
        return response.statusCode() == 200
                ? new Probe(route.name(), true, null)
                : new Probe(route.name(), false, "HTTP " + response.statusCode());
    }

    private static String describe(Throwable failure) {
        if (failure instanceof TimeoutException) {
            return "timeout";
        }
        if (failure instanceof ConnectException) {
            return "connection refused";
        }
        return failure.getClass().getSimpleName();
    }

    private record Probe(String service, boolean up, String reason) {
    }
}
