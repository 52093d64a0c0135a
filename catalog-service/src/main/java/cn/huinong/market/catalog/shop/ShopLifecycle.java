package cn.huinong.market.catalog.shop;

import static cn.huinong.market.catalog.shop.ShopStatus.APPLIED;
import static cn.huinong.market.catalog.shop.ShopStatus.APPROVED;
import static cn.huinong.market.catalog.shop.ShopStatus.REJECTED;
import static cn.huinong.market.catalog.shop.ShopStatus.SUSPENDED;
import static cn.huinong.market.catalog.shop.ShopStatus.UNDER_REVIEW;

import java.util.List;
import java.util.Optional;

/**
 * The shop lifecycle as an explicit table: which move exists, who may make it, and whether a reason is owed.
 * Anything not listed is refused.
 */
public final class ShopLifecycle {

    public enum Actor {
        ADMIN, OWNER
    }

    public record Move(ShopStatus from, ShopStatus to, Actor actor, boolean reasonRequired) {
    }

    public static final List<Move> MOVES = List.of(
            new Move(APPLIED, UNDER_REVIEW, Actor.ADMIN, false),
            new Move(UNDER_REVIEW, APPROVED, Actor.ADMIN, false),
            new Move(UNDER_REVIEW, REJECTED, Actor.ADMIN, true),
            new Move(APPROVED, SUSPENDED, Actor.ADMIN, true),
            new Move(SUSPENDED, APPROVED, Actor.ADMIN, true),
            // A rejected seller fixes what the reason said and applies again.
            new Move(REJECTED, APPLIED, Actor.OWNER, false));

    private ShopLifecycle() {
    }

    public static Optional<Move> find(ShopStatus from, ShopStatus to) {
        return MOVES.stream().filter(m -> m.from() == from && m.to() == to).findFirst();
    }
}
