package cn.huinong.market.catalog.shop;

import static cn.huinong.market.catalog.audit.Lifecycle.Actor.ADMIN;
import static cn.huinong.market.catalog.audit.Lifecycle.Actor.OWNER;
import static cn.huinong.market.catalog.shop.ShopStatus.APPLIED;
import static cn.huinong.market.catalog.shop.ShopStatus.APPROVED;
import static cn.huinong.market.catalog.shop.ShopStatus.REJECTED;
import static cn.huinong.market.catalog.shop.ShopStatus.SUSPENDED;
import static cn.huinong.market.catalog.shop.ShopStatus.UNDER_REVIEW;

import cn.huinong.market.catalog.audit.Lifecycle;
import cn.huinong.market.catalog.audit.Lifecycle.Move;
import java.util.List;

/** The shop lifecycle: who moves a shop where, and when a reason is owed. */
final class ShopLifecycle {

    static final Lifecycle<ShopStatus> TABLE = new Lifecycle<>(ShopStatus.class, List.of(
            new Move<>(APPLIED, UNDER_REVIEW, ADMIN, false),
            new Move<>(UNDER_REVIEW, APPROVED, ADMIN, false),
            new Move<>(UNDER_REVIEW, REJECTED, ADMIN, true),
            new Move<>(APPROVED, SUSPENDED, ADMIN, true),
            new Move<>(SUSPENDED, APPROVED, ADMIN, true),
            // A rejected seller fixes what the reason said and applies again.
            new Move<>(REJECTED, APPLIED, OWNER, false)));

    private ShopLifecycle() {
    }
}
