package cn.huinong.market.gateway.route;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;

import java.util.Locale;

/** Builds the RFC 9457 bodies of the gateway's own answers. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    public static Buffer body(ProblemType type, HttpServerRequest request) {
        Locale locale = ProblemMessages.negotiate(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        JsonObject problem = new JsonObject()
                .put("type", type.uri())
                .put("title", ProblemMessages.title(type, locale))
                .put("status", type.status())
                .put("detail", ProblemMessages.detail(type, locale))
                .put("instance", request.path())
                .put("requestId", RequestIds.of(request));
        return problem.toBuffer();
    }

    /** Ends the response with a problem unless something was already sent, in which case only the connection can tell. */
    public static void send(HttpServerRequest request, ProblemType type) {
        var response = request.response();
        if (response.headWritten()) {
            response.reset();
            return;
        }
        response.setStatusCode(type.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, MEDIA_TYPE)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, contentLanguage(request))
                .end(body(type, request));
    }

    public static String contentLanguage(HttpServerRequest request) {
        return ProblemMessages.negotiate(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)).getLanguage().equals("zh")
                ? "zh-CN"
                : "en";
    }
}
