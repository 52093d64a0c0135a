package cn.huinong.market.training.cohort;

import java.time.OffsetDateTime;
import java.util.UUID;

public record TransitionView(UUID id, Stage from, Stage to, String actor, OffsetDateTime at, String reason) {

    public static TransitionView of(StageTransition t) {
        return new TransitionView(t.id, t.fromStage, t.toStage, t.actorSub, t.at, t.reason);
    }
}
