package cn.huinong.market.common.problem;

/**
 * The kinds of problem the platform reports, the services' and the gateway's alike. Each has a stable slug (part of
 * the {@code type} URI) and a message key ({@code title.<slug>}) for its localized title.
 */
public enum ProblemType {

    VALIDATION(400, "validation"),
    MALFORMED_JSON(400, "malformed-json"),
    UNKNOWN_FIELD(400, "unknown-field"),
    BAD_REQUEST(400, "bad-request"),
    UNAUTHORIZED(401, "unauthorized"),
    FORBIDDEN(403, "forbidden"),
    NOT_FOUND(404, "not-found"),
    ROUTE_NOT_FOUND(404, "route-not-found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable"),
    CONFLICT(409, "conflict"),
    ALREADY_EXISTS(409, "already-exists"),
    PRECONDITION_FAILED(412, "precondition-failed"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type"),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused"),
    UNPROCESSABLE(422, "unprocessable"),
    PRECONDITION_REQUIRED(428, "precondition-required"),
    IDEMPOTENCY_IN_PROGRESS(409, "idempotency-in-progress"),
    INTERNAL(500, "internal"),
    /** The gateway could not reach the service behind a route (refused, reset, closed). */
    BAD_GATEWAY(502, "bad-gateway"),
    SERVICE_UNAVAILABLE(503, "service-unavailable"),
    /** The service behind a gateway route did not answer within the route's timeout. */
    GATEWAY_TIMEOUT(504, "gateway-timeout");

    private final int status;
    private final String slug;

    ProblemType(int status, String slug) {
        this.status = status;
        this.slug = slug;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String uri() {
        return Problem.TYPE_BASE + slug;
    }
}
