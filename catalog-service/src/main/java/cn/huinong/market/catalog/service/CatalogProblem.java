package cn.huinong.market.catalog.service;

import cn.huinong.market.common.problem.Problem;
import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.common.problem.ProblemType;
import java.util.List;

/**
 * A problem that carries field errors and machine-readable facts ({@code current}) together with a detail that
 * takes arguments; order-service reads {@code current} (say, which SKUs are short) instead of parsing text.
 */
public class CatalogProblem extends ProblemException {

    private final transient List<Problem.FieldError> fieldErrors;
    private final transient Object facts;

    public CatalogProblem(ProblemType type, List<Problem.FieldError> fieldErrors, Object facts, String detailKey,
                          Object... detailArgs) {
        super(type, detailKey, detailArgs);
        this.fieldErrors = List.copyOf(fieldErrors);
        this.facts = facts;
    }

    @Override
    public List<Problem.FieldError> errors() {
        return fieldErrors;
    }

    @Override
    public Object current() {
        return facts;
    }
}
