package cn.huinong.market.orders.logistics;

import cn.huinong.market.common.problem.Problem;
import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.common.problem.ProblemType;
import cn.huinong.market.orders.logistics.network.LogisticsRefusal;
import java.util.Map;

/** The routing core's refusals as problem responses: each reason readable on its own, all of them listed. */
public final class Refusals {

    private Refusals() {
    }

    /** Input an admin sent that would make the network inconsistent: 400, one field error per reason. */
    static ProblemException invalid(String field, LogisticsRefusal refusal) {
        return ProblemException.withFacts(ProblemType.VALIDATION,
                refusal.reasons().stream().map(reason -> new Problem.FieldError(field, reason)).toList(),
                Map.of("reasons", refusal.reasons()), String.join("; ", refusal.reasons()));
    }
}
