package cn.huinong.market.gateway.route;

import io.vertx.core.http.HttpServerRequest;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Request ids tie the access log of the gateway to the logs of the services.
 * A client's id is kept only if it is short and made of safe characters, so it cannot inject
 * log lines or bloat headers.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";

    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestIds() {
    }

    public static String acceptOrGenerate(String candidate) {
        return candidate != null && WELL_FORMED.matcher(candidate).matches()
                ? candidate
                : UUID.randomUUID().toString();
    }

    /** The id the gateway settled on; it is written into the request headers before any handler runs. */
    public static String of(HttpServerRequest request) {
        String id = request.getHeader(HEADER);
        return id != null ? id : "";
    }
}
