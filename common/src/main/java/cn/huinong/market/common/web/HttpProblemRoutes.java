package cn.huinong.market.common.web;

import cn.huinong.market.common.problem.Messages;
import cn.huinong.market.common.problem.Problem;
import cn.huinong.market.common.problem.ProblemResponses;
import cn.huinong.market.common.problem.ProblemType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Gives requests a request id before anything else runs, and turns the HTTP layer's own refusals (no route,
 * body too large, failures outside the REST layer) into problem responses instead of empty or HTML bodies.
 */
@ApplicationScoped
public class HttpProblemRoutes {

    private static final Logger LOG = Logger.getLogger(HttpProblemRoutes.class);

    @Inject ObjectMapper objectMapper;

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
        String declared = ctx.request().getHeader("Content-Length");
        if (declared != null && maxBodySize.isPresent()) {
            try {
                if (Long.parseLong(declared.trim()) > maxBodySize.get().asLongValue()) {
                    ctx.response().putHeader("Connection", "close");
                    write(ctx, ProblemType.PAYLOAD_TOO_LARGE, "detail.payload-too-large");
                    return;
                }
            } catch (NumberFormatException malformed) {
                write(ctx, ProblemType.BAD_REQUEST, "detail.bad-request");
                return;
            }
        }
        ctx.next();
    }

    private void write(RoutingContext ctx, ProblemType type, String detailKey, Object... args) {
        if (ctx.response().ended()) {
            return;
        }
        if (ctx.response().headWritten()) {
            ctx.response().end();
            return;
        }
        Locale locale = Messages.localeFor(ctx.request().getHeader("Accept-Language"));
        Problem problem = ProblemResponses.problem(type, locale, ctx.request().path(),
                ctx.request().getHeader(RequestIds.HEADER), detailKey, args, null, null);
        String body;
        try {
            body = objectMapper.writeValueAsString(problem);
        } catch (JsonProcessingException impossible) {
            body = "{\"status\":" + type.status() + "}";
        }
        ctx.response().setStatusCode(type.status()).putHeader("Content-Type", Problem.MEDIA_TYPE).end(body);
    }
}
