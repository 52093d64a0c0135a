package cn.huinong.market.common.web;

import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.common.problem.ProblemType;
import java.util.function.Supplier;

/** Strong ETags from a row's version number, and the If-Match check every update makes. */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * Refuses an update that does not name the current version: 428 without If-Match, 412 with a stale one
     * (carrying the current state so the client can re-apply its change without another read).
     */
    public static void requireCurrent(String ifMatch, long currentVersion, Supplier<Object> currentState) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, "detail.precondition-required");
        }
        if ("*".equals(ifMatch.trim())) {
            return;
        }
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(of(currentVersion))) {
                return;
            }
        }
        throw ProblemException.stale(currentState.get());
    }
}
