package cn.huinong.market.common.web;

import cn.huinong.market.common.problem.AcceptLanguage;
import cn.huinong.market.common.problem.Problem;
import cn.huinong.market.common.problem.ProblemResponses;
import cn.huinong.market.common.problem.ProblemType;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.Json;
import java.util.Locale;

/**
 * Problem answers given straight on Vert.x, below the REST layer: the HTTP layer's own refusals in the services and
 * everything the gateway answers itself. Same body, language and request id as the REST layer's problems.
 */
public final class VertxProblems {

    private VertxProblems() {
    }

    /** The caller's language, from its {@code Accept-Language}. */
    public static Locale locale(HttpServerRequest request) {
        return AcceptLanguage.negotiate(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** The problem body for this request: its path as {@code instance}, its request id, its language. */
    public static Buffer body(HttpServerRequest request, ProblemType type, String detailKey, Object... detailArgs) {
        Problem problem = ProblemResponses.problem(type, locale(request), request.path(), RequestIds.of(request),
                detailKey, detailArgs, null, null);
        return Json.encodeToBuffer(problem);
    }

    /**
     * Ends the response with a problem. Returns {@code false}, sending nothing, when the response has already begun:
     * then only the caller knows whether to end or reset it.
     */
    public static boolean send(HttpServerRequest request, ProblemType type, String detailKey, Object... detailArgs) {
        HttpServerResponse response = request.response();
        if (response.headWritten()) {
            return false;
        }
        response.setStatusCode(type.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(body(request, type, detailKey, detailArgs));
        return true;
    }
}
