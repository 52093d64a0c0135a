package cn.huinong.market.catalog.trace;

import cn.huinong.market.common.problem.Problem;
import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.common.problem.ProblemType;
import java.util.List;

/** An EPCIS document or event that breaks the standard or the platform's rules: every field error at once. */
public class EpcisValidationException extends ProblemException {

    private final List<Problem.FieldError> fieldErrors;

    public EpcisValidationException(List<Problem.FieldError> errors) {
        super(ProblemType.VALIDATION, "detail.validation");
        this.fieldErrors = List.copyOf(errors);
    }

    @Override
    public List<Problem.FieldError> errors() {
        return fieldErrors;
    }
}
