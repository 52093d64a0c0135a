package cn.huinong.market.catalog.shop;

import java.time.OffsetDateTime;

/** One step of a shop's audited lifecycle, as its history lists it. */
public record TransitionView(String from, String to, String actor, String reason, OffsetDateTime at) {

    static TransitionView of(ShopTransition step) {
        return new TransitionView(step.fromStatus == null ? null : step.fromStatus.name(), step.toStatus.name(),
                step.actorSub, step.reason, step.at);
    }
}
