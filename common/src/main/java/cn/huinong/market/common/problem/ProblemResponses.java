package cn.huinong.market.common.problem;

import cn.huinong.market.common.web.RequestIds;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/** Builds problem responses, localized to the caller's language. */
public final class ProblemResponses {

    private static final UnaryOperator<String> NO_HEADERS = name -> null;

    private ProblemResponses() {
    }

    public static Problem problem(ProblemType type, Locale locale, String instance, String requestId,
            String detailKey, Object[] detailArgs, List<Problem.FieldError> errors,
            Object current) {
        List<Problem.FieldError> localizedErrors = errors == null || errors.isEmpty() ? null
                : errors.stream()
                        .map(e -> new Problem.FieldError(e.field(), Messages.text(locale, e.message())))
                        .toList();
        return new Problem(type.uri(), Messages.text(locale, "title." + type.slug()), type.status(),
                detailKey == null ? null : Messages.text(locale, detailKey, detailArgs), instance, requestId,
                localizedErrors, current);
    }

    public static Response response(ProblemType type, HttpHeaders headers, String instance, String detailKey,
            Object... detailArgs) {
        return response(type, headers, instance, detailKey, detailArgs, null, null);
    }

    public static Response response(ProblemType type, HttpHeaders headers, String instance, String detailKey,
            Object[] detailArgs, List<Problem.FieldError> errors, Object current) {
        return response(type, headers == null ? NO_HEADERS : headers::getHeaderString, instance, detailKey,
                detailArgs, errors, current);
    }

    /**
     * For filters, which see the request's headers but no {@link HttpHeaders}: {@code requestHeader} gives a
     * header's value by name (e.g. {@code ContainerRequestContext::getHeaderString}).
     */
    public static Response response(ProblemType type, UnaryOperator<String> requestHeader, String instance,
            String detailKey, Object[] detailArgs, List<Problem.FieldError> errors, Object current) {
        Locale locale = AcceptLanguage.negotiate(requestHeader.apply(HttpHeaders.ACCEPT_LANGUAGE));
        String requestId = requestHeader.apply(RequestIds.HEADER);
        Response.ResponseBuilder builder = Response.status(type.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem(type, locale, instance, requestId, detailKey, detailArgs, errors, current));
        if (type == ProblemType.UNAUTHORIZED) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return builder.build();
    }
}
