package cn.huinong.market.common.problem;

import cn.huinong.market.common.web.HttpProblemRoutes;
import cn.huinong.market.common.web.RequestIds;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps every failure that reaches the REST layer to a problem response. Client mistakes never become a 500,
 * and no stack trace ever reaches the client.
 */
@IfBuildProperty(name = HttpProblemRoutes.ENABLED, stringValue = "true", enableIfMissing = true)
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String FOREIGN_KEY_VIOLATION = "23503";

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpHeaders headers, UriInfo uri) {
        return ProblemResponses.response(e.type(), headers, path(uri), e.detailKey(), e.detailArgs(), e.errors(),
                e.current());
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .collect(Collectors.toList());
        return ProblemResponses.response(ProblemType.VALIDATION, headers, path(uri), "detail.validation",
                new Object[0], errors, null);
    }

    /**
     * Every JSON failure, named type by type: the JSON extension ships its own mappers for some of these exact
     * types, and a mapper for the supertype alone would lose to them.
     */
    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class,
            UnrecognizedPropertyException.class, InvalidFormatException.class, JsonParseException.class})
    public Response json(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        return jsonProblem(e, headers, path(uri));
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpHeaders headers, UriInfo uri) {
        return ProblemResponses.response(ProblemType.UNAUTHORIZED, headers, path(uri), "detail.unauthorized");
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpHeaders headers, UriInfo uri) {
        return ProblemResponses.response(ProblemType.UNAUTHORIZED, headers, path(uri), "detail.unauthorized");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        return ProblemResponses.response(ProblemType.FORBIDDEN, headers, path(uri), "detail.forbidden");
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers, UriInfo uri, Request request) {
        JsonProcessingException json = causeOf(e, JsonProcessingException.class);
        if (json != null) {
            return jsonProblem(json, headers, path(uri));
        }
        int status = e.getResponse().getStatus();
        String path = path(uri);
        return switch (status) {
            case 401 -> ProblemResponses.response(ProblemType.UNAUTHORIZED, headers, path, "detail.unauthorized");
            case 403 -> ProblemResponses.response(ProblemType.FORBIDDEN, headers, path, "detail.forbidden");
            // JAX-RS answers a path or query parameter it cannot convert (say, "heavy" for a number) with a 404
            // carrying the conversion failure: that is a malformed request, not a missing route.
            case 404 -> e.getCause() instanceof IllegalArgumentException
                    ? ProblemResponses.response(ProblemType.BAD_REQUEST, headers, path, "detail.parameter-malformed")
                    : ProblemResponses.response(ProblemType.ROUTE_NOT_FOUND, headers, path,
                            "detail.route-not-found", path);
            case 405 -> ProblemResponses.response(ProblemType.METHOD_NOT_ALLOWED, headers, path,
                    "detail.method-not-allowed", request.getMethod());
            case 406 -> ProblemResponses.response(ProblemType.NOT_ACCEPTABLE, headers, path, "detail.not-acceptable");
            case 413 -> ProblemResponses.response(ProblemType.PAYLOAD_TOO_LARGE, headers, path,
                    "detail.payload-too-large");
            case 415 -> ProblemResponses.response(ProblemType.UNSUPPORTED_MEDIA_TYPE, headers, path,
                    "detail.unsupported-media-type");
            default -> status >= 500 ? internal(e, headers, path)
                    : ProblemResponses.response(ProblemType.BAD_REQUEST, headers, path, "detail.bad-request");
        };
    }

    /**
     * Everything else: first look through wrappers (a commit failure wraps the database's answer), then give up
     * with a 500 that carries only the request id.
     */
    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        String path = path(uri);
        ProblemException problem = causeOf(e, ProblemException.class);
        if (problem != null) {
            return problem(problem, headers, uri);
        }
        ConstraintViolationException violation = causeOf(e, ConstraintViolationException.class);
        if (violation != null) {
            return validation(violation, headers, uri);
        }
        if (causeOf(e, OptimisticLockException.class) != null
                || causeOf(e, org.hibernate.StaleStateException.class) != null) {
            return ProblemResponses.response(ProblemType.PRECONDITION_FAILED, headers, path, "detail.stale");
        }
        SQLException sql = causeOf(e, SQLException.class);
        if (sql != null && (UNIQUE_VIOLATION.equals(sql.getSQLState())
                || FOREIGN_KEY_VIOLATION.equals(sql.getSQLState()))) {
            return ProblemResponses.response(ProblemType.CONFLICT, headers, path, "detail.conflict.unique");
        }
        return internal(e, headers, path);
    }

    private Response internal(Throwable e, HttpHeaders headers, String path) {
        LOG.errorf(e, "Unhandled failure on %s (request %s)", path,
                headers == null ? null : headers.getHeaderString(RequestIds.HEADER));
        return ProblemResponses.response(ProblemType.INTERNAL, headers, path, "detail.internal");
    }

    private Response jsonProblem(JsonProcessingException e, HttpHeaders headers, String path) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = jsonPath(unknown);
            return ProblemResponses.response(ProblemType.UNKNOWN_FIELD, headers, path, "detail.unknown-field",
                    new Object[]{field}, List.of(new Problem.FieldError(field, "detail.unknown-field.short")), null);
        }
        if (e instanceof JsonMappingException mapping && !(e instanceof JsonParseException)
                && !mapping.getPath().isEmpty()) {
            String field = jsonPath(mapping);
            return ProblemResponses.response(ProblemType.VALIDATION, headers, path, "detail.validation",
                    new Object[0], List.of(new Problem.FieldError(field, "detail.malformed-json.value.short")), null);
        }
        JsonLocation where = e.getLocation();
        return ProblemResponses.response(ProblemType.MALFORMED_JSON, headers, path, "detail.malformed-json",
                where == null ? 0 : where.getLineNr(), where == null ? 0 : where.getColumnNr());
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "$" : field.toString();
    }

    /** "create.body.items[0].quantity" → "items[0].quantity": the client knows its body, not our method names. */
    private static String fieldName(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.CROSS_PARAMETER || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            // Hibernate Validator puts a list element's index on the node after the list ("lines", then
            // "quantity" with index 1), so it belongs before that node's name: "lines[1].quantity".
            if (node.isInIterable() && (node.getIndex() != null || node.getKey() != null)) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getName() == null || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
        }
        if (field.isEmpty()) {
            // A violation on a whole parameter (say, a missing body) is named after the parameter.
            for (Path.Node node : violation.getPropertyPath()) {
                if (node.getKind() == ElementKind.PARAMETER) {
                    return node.getName();
                }
            }
            return "$";
        }
        return field.toString();
    }

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
