package cn.huinong.market.common.web;

import io.vertx.core.http.HttpServerRequest;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The X-Request-Id convention of the gateway and every service: a client's id is kept when it is 1 to 128 safe
 * characters (so it can neither inject log lines nor bloat headers), else a UUID replaces it. One rule on both sides,
 * so the id the gateway logs is the one the service logs.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestIds() {
    }

    public static String keepOrCreate(String given) {
        return given != null && WELL_FORMED.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }

    /** The id settled on for a request that went through {@link #keepOrCreate}: it is written into its headers. */
    public static String of(HttpServerRequest request) {
        String id = request.getHeader(HEADER);
        return id != null ? id : "";
    }
}
