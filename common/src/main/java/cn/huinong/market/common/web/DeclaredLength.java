package cn.huinong.market.common.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;

/**
 * A request's declared {@code Content-Length} against a limit, judged before a byte of the body is read, so an
 * oversized upload is refused at once instead of after it has crossed a weak mobile link.
 */
public enum DeclaredLength {

    /** No length declared (a chunked body, or none), or one within the limit. */
    ACCEPTABLE,
    /** Not a number: a malformed request. */
    MALFORMED,
    TOO_LARGE;

    public static DeclaredLength check(HttpServerRequest request, long maxBytes) {
        String declared = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared == null) {
            return ACCEPTABLE;
        }
        try {
            return Long.parseLong(declared.trim()) > maxBytes ? TOO_LARGE : ACCEPTABLE;
        } catch (NumberFormatException e) {
            return MALFORMED;
        }
    }
}
