package cn.huinong.market.training.cohort;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Enrolment stages and the only moves allowed between them:
 * {@code APPLIED → ENROLLED → ACTIVE → COMPLETED | WITHDRAWN}, then {@code COMPLETED | WITHDRAWN → EXITED}.
 */
public enum Stage {

    APPLIED,
    ENROLLED,
    ACTIVE,
    COMPLETED,
    WITHDRAWN,
    EXITED;

    private static final Map<Stage, Set<Stage>> NEXT = Map.of(
            APPLIED, EnumSet.of(ENROLLED),
            ENROLLED, EnumSet.of(ACTIVE),
            ACTIVE, EnumSet.of(COMPLETED, WITHDRAWN),
            COMPLETED, EnumSet.of(EXITED),
            WITHDRAWN, EnumSet.of(EXITED),
            EXITED, EnumSet.noneOf(Stage.class));

    public boolean canMoveTo(Stage target) {
        return NEXT.get(this).contains(target);
    }

    public Set<Stage> next() {
        return Set.copyOf(NEXT.get(this));
    }
}
