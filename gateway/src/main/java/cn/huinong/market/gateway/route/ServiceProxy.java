package cn.huinong.market.gateway.route;

import cn.huinong.market.common.problem.Problem;
import cn.huinong.market.common.problem.ProblemType;
import cn.huinong.market.common.web.RequestIds;
import io.netty.channel.ConnectTimeoutException;
import io.vertx.core.Future;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.proxy.handler.ProxyHandler;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Forwards one route to its service with Vert.x' reverse proxy.
 * <p>
 * The proxy on its own answers every upstream failure with an empty 502. This interceptor sits first in
 * the chain, so it sees the failure of the whole exchange and replaces it with a problem: 504 for a
 * timeout, 413 for a chunked body over the limit, 502 for anything else (refused, reset, closed).
 */
final class ServiceProxy implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(ServiceProxy.class);
    private static final String DEADLINE = UpstreamDeadline.class.getName();

    private final ServiceRoute route;
    private final long maxBodyBytes;

    private ServiceProxy(ServiceRoute route, long maxBodyBytes) {
        this.route = route;
        this.maxBodyBytes = maxBodyBytes;
    }

    static ProxyHandler handler(ServiceRoute route, HttpClient client, long maxBodyBytes) {
        ServiceProxy proxy = new ServiceProxy(route, maxBodyBytes);
        return ProxyHandler.create(HttpProxy.reverseProxy(client)
                .origin(proxy::openUpstream)
                .addInterceptor(proxy));
    }

    private Future<HttpClientRequest> openUpstream(ProxyContext context) {
        RequestOptions options = new RequestOptions()
                .setHost(route.host())
                .setPort(route.port())
                .setSsl(route.ssl())
                // Bounds the wait for a pooled connection too, so a saturated pool cannot hang a client.
                .setConnectTimeout(route.timeout().toMillis());
        return context.client().request(options).onSuccess(upstream -> {
            // Failures reach handleProxyRequest through the response future; without a handler Vert.x would
            // also log each aborted upload as an unhandled ERROR.
            upstream.exceptionHandler(
                    failure -> LOG.debugf("upstream request of %s aborted: %s", route.name(), failure));
            context.get(DEADLINE, UpstreamDeadline.class).upstreamOpened(upstream);
        });
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        HttpServerRequest incoming = request.proxiedRequest();
        addForwardedHeaders(request, incoming);

        UpstreamDeadline deadline = new UpstreamDeadline(route.timeout().toMillis());
        context.set(DEADLINE, deadline);
        Body body = request.getBody();
        LimitedBodyStream limited = new LimitedBodyStream(body.stream(), maxBodyBytes, deadline::bodySent);
        request.setBody(Body.body(limited, body.length()));

        return context.sendRequest().recover(failure -> {
            ProblemType type = limited.exceeded() ? ProblemType.PAYLOAD_TOO_LARGE : classify(failure);
            LOG.warnf("requestId=%s route=%s upstream=%s failed: %s -> %d", RequestIds.of(incoming), route.name(),
                    route.baseUrl(), failure, type.status());
            return Future.succeededFuture(problem(request, incoming, type));
        });
    }

    private static ProblemType classify(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException || t instanceof ConnectTimeoutException) {
                return ProblemType.GATEWAY_TIMEOUT;
            }
        }
        return ProblemType.BAD_GATEWAY;
    }

    private static ProxyResponse problem(ProxyRequest request, HttpServerRequest incoming, ProblemType type) {
        ProxyResponse response = request.release().response()
                .setStatusCode(type.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, Problems.contentLanguage(incoming))
                .setBody(Body.body(Problems.body(incoming, type)));
        if (type == ProblemType.PAYLOAD_TOO_LARGE) {
            // The rest of the oversized body is still on the wire; closing is cheaper than draining it.
            response.putHeader(HttpHeaders.CONNECTION, "close");
        }
        return response;
    }

    /** Services build absolute links and audit client addresses from these, as they only see the gateway. */
    private static void addForwardedHeaders(ProxyRequest request, HttpServerRequest incoming) {
        String clientAddress = incoming.remoteAddress() != null ? incoming.remoteAddress().hostAddress() : null;
        if (clientAddress != null) {
            String prior = incoming.getHeader("X-Forwarded-For");
            request.putHeader("X-Forwarded-For", prior == null ? clientAddress : prior + ", " + clientAddress);
        }
        request.putHeader("X-Forwarded-Proto", incoming.scheme());
        if (incoming.authority() != null) {
            request.putHeader("X-Forwarded-Host", incoming.authority().toString());
        }
    }
}
