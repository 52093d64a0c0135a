package cn.huinong.market.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * RFC 9457 problem details, the body of every error response.
 *
 * @param type     a stable URI naming the kind of problem; clients switch on it, not on {@code title}
 * @param errors   per-field validation errors, present only for validation problems
 * @param current  the current state of the resource, present on 412 so the client can merge without another read
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String requestId,
        List<FieldError> errors, Object current) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://huinong.market/problems/";

    public record FieldError(String field, String message) {
    }
}
