package cn.huinong.market.gateway.route;

import cn.huinong.market.common.problem.ProblemType;
import cn.huinong.market.common.web.RequestIds;
import cn.huinong.market.gateway.config.GatewayConfig;
import io.vertx.core.http.HttpClient;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** Puts the gateway's routes on Quarkus' main router, next to {@code /q/*} and the static pages. */
@ApplicationScoped
public class GatewayRoutes {

    private static final Logger LOG = Logger.getLogger(GatewayRoutes.class);

    void register(@Observes Router router, GatewayConfig config, HttpClient upstreamClient) {
        long maxBodyBytes = config.maxBodySize().asLongValue();
        // Before Quarkus' own handlers (CORS, body limit), so even their answers carry the request id.
        router.route().order(Integer.MIN_VALUE).handler(new RequestEntryHandler(maxBodyBytes));

        for (ServiceRoute route : ServiceRoute.all(config)) {
            router.routeWithRegex(route.pathRegex())
                    .handler(GatewayRoutes::requireCanonicalPath)
                    .handler(ServiceProxy.handler(route, upstreamClient, maxBodyBytes))
                    .failureHandler(GatewayRoutes::failed);
            LOG.infof("route %s: %s/** -> %s (timeout %s)", route.name(), route.prefix(), route.baseUrl(),
                    route.timeout());
        }

        router.errorHandler(404, ctx -> Problems.send(ctx.request(), ProblemType.NOT_FOUND));
        // Quarkus serves static pages from a GET/HEAD route on every path, so Vert.x reports 405 for, say,
        // POST /admin. No real resource of the gateway is method-restricted, so that is a 404 too.
        router.errorHandler(405, ctx -> Problems.send(ctx.request(), ProblemType.NOT_FOUND));
    }

    /**
     * The router matches on the normalized path but the proxy forwards the raw one; if they differ
     * (dot segments, encoded unreserved characters) a service could see a path other than the one we routed.
     */
    private static void requireCanonicalPath(RoutingContext ctx) {
        if (!ctx.normalizedPath().equals(ctx.request().path())) {
            Problems.send(ctx.request(), ProblemType.BAD_REQUEST);
            return;
        }
        ctx.next();
    }

    private static void failed(RoutingContext ctx) {
        LOG.errorf(ctx.failure(), "requestId=%s proxying failed", RequestIds.of(ctx.request()));
        Problems.send(ctx.request(), ProblemType.INTERNAL);
    }
}
