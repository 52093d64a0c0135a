package cn.huinong.market.orders.service;

import cn.huinong.market.common.problem.Problem;
import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.common.problem.ProblemType;
import java.util.List;

/** A problem that carries facts for the client in {@code current} (e.g. which SKUs are short) and field errors. */
public class OrderProblem extends ProblemException {

    private final transient List<Problem.FieldError> fieldErrors;
    private final transient Object facts;

    public OrderProblem(ProblemType type, List<Problem.FieldError> fieldErrors, Object facts, String detailKey,
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
