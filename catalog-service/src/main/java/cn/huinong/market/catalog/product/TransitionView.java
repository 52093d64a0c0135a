package cn.huinong.market.catalog.product;

import java.time.OffsetDateTime;

/** One step of a product's audited moderation, as its history lists it. */
public record TransitionView(String from, String to, String actor, String reason, OffsetDateTime at) {

    static TransitionView of(ProductTransition step) {
        return new TransitionView(step.fromStatus == null ? null : step.fromStatus.name(), step.toStatus.name(),
                step.actorSub, step.reason, step.at);
    }
}
