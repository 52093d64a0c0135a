package cn.huinong.market.common.problem;

import java.util.List;

/**
 * Thrown by domain code to end a request with a problem response. The detail is a message key (looked up in
 * the caller's language) or, when no such key exists, used as it is.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final transient Object[] detailArgs;
    private final transient Object current;
    private final List<Problem.FieldError> errors;

    public ProblemException(ProblemType type, String detailKey, Object... detailArgs) {
        this(type, null, List.of(), detailKey, detailArgs);
    }

    private ProblemException(ProblemType type, Object current, List<Problem.FieldError> errors, String detailKey,
            Object... detailArgs) {
        super(type.slug() + ": " + detailKey, null, false, false);
        this.type = type;
        this.current = current;
        this.errors = errors;
        this.detailArgs = detailArgs;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, "detail.not-found", what, id);
    }

    public static ProblemException alreadyExists(String what, Object id) {
        return new ProblemException(ProblemType.ALREADY_EXISTS, "detail.already-exists", what, id);
    }

    public static ProblemException conflict(String detailKey, Object... args) {
        return new ProblemException(ProblemType.CONFLICT, detailKey, args);
    }

    public static ProblemException forbidden(String detailKey, Object... args) {
        return new ProblemException(ProblemType.FORBIDDEN, detailKey, args);
    }

    /** A business rule on one field failed: reported like a validation error so forms can show it in place. */
    public static ProblemException invalidField(String field, String messageKey, Object... args) {
        return new ProblemException(ProblemType.VALIDATION, null,
                List.of(new Problem.FieldError(field, messageKey)), "detail.validation", args);
    }

    /**
     * Refuses a replacement whose body names another resource than its path does (a body may leave its id out).
     */
    public static void requireSameId(Object bodyId, Object pathId) {
        if (bodyId != null && !bodyId.equals(pathId)) {
            throw invalidField("id", "detail.id-mismatch");
        }
    }

    /**
     * A refusal that also hands the client facts to act on ({@code current}, e.g. which SKUs are short and how many
     * are left) and the fields they concern.
     */
    public static ProblemException withFacts(ProblemType type, List<Problem.FieldError> errors, Object facts,
            String detailKey, Object... args) {
        return new ProblemException(type, facts, List.copyOf(errors), detailKey, args);
    }

    /** The client's If-Match names a version that is no longer current; the body carries the current state. */
    public static ProblemException stale(Object current) {
        return new ProblemException(ProblemType.PRECONDITION_FAILED, current, List.of(), "detail.stale");
    }

    public ProblemType type() {
        return type;
    }

    public String detailKey() {
        return getMessage().substring(type.slug().length() + 2);
    }

    public Object[] detailArgs() {
        return detailArgs;
    }

    public Object current() {
        return current;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
