package cn.huinong.market.catalog.trace;

import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.common.problem.ProblemType;

/** A Digital Link or short code that is not well formed (bad check digit, bad characters…): a 400 at the edge. */
public class InvalidTraceCodeException extends ProblemException {

    public InvalidTraceCodeException(String why) {
        super(ProblemType.BAD_REQUEST, why);
    }
}
