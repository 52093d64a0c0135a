package cn.huinong.market.gateway.route;

import cn.huinong.market.common.problem.ProblemType;
import cn.huinong.market.common.web.VertxProblems;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;

/**
 * The gateway's own answers: common's problem types, texts and body, plus {@code Content-Language}. Each type's
 * detail is {@code detail.<slug>} (common's texts, the gateway's {@code huinong-messages} where it words one
 * itself).
 */
final class Problems {

    private Problems() {
    }

    static Buffer body(HttpServerRequest request, ProblemType type) {
        return VertxProblems.body(request, type, detailKey(type));
    }

    /** Ends the response with a problem unless something was already sent, in which case only the connection can tell. */
    static void send(HttpServerRequest request, ProblemType type) {
        HttpServerResponse response = request.response();
        if (response.headWritten()) {
            response.reset();
            return;
        }
        response.putHeader(HttpHeaders.CONTENT_LANGUAGE, contentLanguage(request));
        VertxProblems.send(request, type, detailKey(type));
    }

    static String contentLanguage(HttpServerRequest request) {
        return VertxProblems.locale(request).toLanguageTag();
    }

    private static String detailKey(ProblemType type) {
        return "detail." + type.slug();
    }
}
