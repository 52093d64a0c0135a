package cn.huinong.market.common.web;

import cn.huinong.market.common.problem.ProblemType;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Gives requests a request id before anything else runs, and turns the HTTP layer's own refusals (no route,
 * body too large, failures outside the REST layer) into problem responses instead of empty or HTML bodies.
 * Together with {@code ProblemExceptionMappers} this is a service's problem handling; the gateway, whose router is
 * its product, installs its own and turns both off at build time ({@value #ENABLED}{@code =false}).
 */
@ApplicationScoped
@IfBuildProperty(name = HttpProblemRoutes.ENABLED, stringValue = "true", enableIfMissing = true)
public class HttpProblemRoutes {

    public static final String ENABLED = "huinong.http.service-problems.enabled";
    private static final Logger LOG = Logger.getLogger(HttpProblemRoutes.class);

    @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::assignRequestId);
        router.route().order(Integer.MIN_VALUE + 1).handler(this::refuseDeclaredOversizedBody);
        router.errorHandler(404, ctx -> write(ctx, ProblemType.ROUTE_NOT_FOUND, "detail.route-not-found",
                ctx.request().path()));
        router.errorHandler(405, ctx -> write(ctx, ProblemType.METHOD_NOT_ALLOWED, "detail.method-not-allowed",
                ctx.request().method().name()));
        router.errorHandler(413, ctx -> write(ctx, ProblemType.PAYLOAD_TOO_LARGE, "detail.payload-too-large"));
        router.errorHandler(500, ctx -> {
            if (ctx.failure() != null) {
                LOG.errorf(ctx.failure(), "Unhandled failure on %s %s (request %s)", ctx.request().method(),
                        ctx.request().path(), ctx.request().getHeader(RequestIds.HEADER));
            }
            write(ctx, ProblemType.INTERNAL, "detail.internal");
        });
    }

    private void assignRequestId(RoutingContext ctx) {
        String id = RequestIds.keepOrCreate(ctx.request().getHeader(RequestIds.HEADER));
        // Set on the request too, so that every later layer (REST filters, exception mappers) reads one value.
        ctx.request().headers().set(RequestIds.HEADER, id);
        ctx.response().putHeader(RequestIds.HEADER, id);
        ctx.next();
    }

    /**
     * The HTTP layer answers an oversized body with a bare 413; a declared length over the limit is refused here
     * first, with a problem body, before a byte of it is read.
     */
    private void refuseDeclaredOversizedBody(RoutingContext ctx) {
        if (maxBodySize.isEmpty()) {
            ctx.next();
            return;
        }
        switch (DeclaredLength.check(ctx.request(), maxBodySize.get().asLongValue())) {
            case MALFORMED -> write(ctx, ProblemType.BAD_REQUEST, "detail.bad-request");
            case TOO_LARGE -> {
                ctx.response().putHeader("Connection", "close");
                write(ctx, ProblemType.PAYLOAD_TOO_LARGE, "detail.payload-too-large");
            }
            case ACCEPTABLE -> ctx.next();
        }
    }

    private static void write(RoutingContext ctx, ProblemType type, String detailKey, Object... args) {
        if (!ctx.response().ended() && !VertxProblems.send(ctx.request(), type, detailKey, args)) {
            ctx.response().end();
        }
    }
}
