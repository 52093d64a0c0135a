package cn.huinong.market.gateway.route;

import cn.huinong.market.common.problem.ProblemType;
import cn.huinong.market.common.web.DeclaredLength;
import cn.huinong.market.common.web.RequestIds;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import org.jboss.logging.Logger;

/**
 * First handler of every request, proxied or not: settles the request id, logs one access line when the
 * response is done, and turns away bodies declared larger than the limit before any byte is read.
 */
final class RequestEntryHandler implements Handler<RoutingContext> {

    private static final Logger ACCESS = Logger.getLogger("cn.huinong.market.gateway.access");

    private final long maxBodyBytes;

    RequestEntryHandler(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void handle(RoutingContext ctx) {
        long started = System.nanoTime();
        HttpServerRequest request = ctx.request();
        String requestId = RequestIds.keepOrCreate(request.getHeader(RequestIds.HEADER));
        // Written into the request so the proxy forwards it and every later handler reads the same id.
        request.headers().set(RequestIds.HEADER, requestId);
        // Set at the last moment so it also replaces whatever a service echoed back.
        ctx.addHeadersEndHandler(v -> ctx.response().headers().set(RequestIds.HEADER, requestId));
        ctx.addEndHandler(done -> ACCESS.infof("requestId=%s method=%s path=%s status=%d durationMs=%d",
                requestId, request.method(), request.path(), ctx.response().getStatusCode(),
                (System.nanoTime() - started) / 1_000_000));

        switch (DeclaredLength.check(request, maxBodyBytes)) {
            case MALFORMED -> Problems.send(request, ProblemType.BAD_REQUEST);
            case TOO_LARGE -> {
                ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
                Problems.send(request, ProblemType.PAYLOAD_TOO_LARGE);
            }
            case ACCEPTABLE -> ctx.next();
        }
    }
}
