package cn.huinong.market.gateway.route;

/** The problems the gateway answers itself; anything else comes from the services. */
public enum ProblemType {

    BAD_REQUEST(400, "bad-request"),
    NOT_FOUND(404, "not-found"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large"),
    INTERNAL_ERROR(500, "internal-error"),
    BAD_GATEWAY(502, "bad-gateway"),
    GATEWAY_TIMEOUT(504, "gateway-timeout");

    private static final String BASE_URI = "https://huinong.market/problems/";

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
        return BASE_URI + slug;
    }
}
