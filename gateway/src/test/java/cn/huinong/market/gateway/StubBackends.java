package cn.huinong.market.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Real HTTP services standing in for catalog, orders and training. Each echoes what it received as JSON,
 * can answer slowly ({@code ?delayMs=}), and reports a readiness status the test can change through
 * {@code PUT /__stub/ready?status=}. With init arg {@code unreachable=<route>} that route points at a closed port.
 */
public class StubBackends implements QuarkusTestResourceLifecycleManager {

    public static final List<String> SERVICES = List.of("catalog", "orders", "training");

    private final Vertx vertx = Vertx.vertx();
    private String unreachable = "";

    @Override
    public void init(Map<String, String> initArgs) {
        unreachable = initArgs.getOrDefault("unreachable", "");
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        for (String service : SERVICES) {
            int port = service.equals(unreachable) ? closedPort() : startStub(service).actualPort();
            config.put("huinong.gateway.routes." + service + ".url", "http://127.0.0.1:" + port);
        }
        // Short enough that the timeout test stays fast, on one route only so the others keep the default.
        config.put("huinong.gateway.routes.orders.timeout", "1S");
        config.put("huinong.gateway.max-body-size", "64K");
        config.put("huinong.gateway.health.timeout", "1S");
        return config;
    }

    @Override
    public void stop() {
        vertx.close().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
    }

    private HttpServer startStub(String service) {
        int[] readyStatus = {200};
        return vertx.createHttpServer()
                .requestHandler(request -> {
                    String path = request.path();
                    if (path.equals("/q/health/ready")) {
                        int status = readyStatus[0];
                        request.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                                .end(new JsonObject().put("status", status == 200 ? "UP" : "DOWN").encode());
                    } else if (path.equals("/__stub/ready")) {
                        readyStatus[0] = Integer.parseInt(request.getParam("status"));
                        request.response().setStatusCode(204).end();
                    } else if (path.equals(StubTraces.PATH) && service.equals("catalog")) {
                        StubTraces.answer(request);
                    } else {
                        echo(service, request);
                    }
                })
                .listen(0, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
    }

    private void echo(String service, HttpServerRequest request) {
        request.body().onSuccess(body -> {
            JsonObject headers = new JsonObject();
            request.headers().forEach(header -> headers.put(header.getKey().toLowerCase(), header.getValue()));
            JsonObject echo = new JsonObject()
                    .put("service", service)
                    .put("method", request.method().name())
                    .put("uri", request.uri())
                    .put("path", request.path())
                    .put("query", request.query())
                    .put("headers", headers)
                    .put("body", body.toString());
            String delay = request.getParam("delayMs");
            Runnable answer = () -> request.response()
                    .setStatusCode(request.method().name().equals("POST") ? 201 : 200)
                    .putHeader("Content-Type", "application/json")
                    .putHeader("ETag", "\"stub-1\"")
                    .end(echo.encode());
            if (delay == null) {
                answer.run();
            } else {
                vertx.setTimer(Long.parseLong(delay), id -> answer.run());
            }
        });
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
