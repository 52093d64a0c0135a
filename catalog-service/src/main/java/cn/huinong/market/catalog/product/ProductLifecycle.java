package cn.huinong.market.catalog.product;

import static cn.huinong.market.catalog.product.ProductStatus.APPROVED;
import static cn.huinong.market.catalog.product.ProductStatus.DRAFT;
import static cn.huinong.market.catalog.product.ProductStatus.PENDING_REVIEW;
import static cn.huinong.market.catalog.product.ProductStatus.REJECTED;
import static cn.huinong.market.catalog.product.ProductStatus.UNLISTED;

import cn.huinong.market.catalog.shop.ShopLifecycle;
import java.util.List;
import java.util.Optional;

/** Product moderation as an explicit table, like {@link ShopLifecycle}. */
public final class ProductLifecycle {

    public record Move(ProductStatus from, ProductStatus to, ShopLifecycle.Actor actor, boolean reasonRequired) {
    }

    public static final List<Move> MOVES = List.of(
            new Move(DRAFT, PENDING_REVIEW, ShopLifecycle.Actor.OWNER, false),
            new Move(REJECTED, PENDING_REVIEW, ShopLifecycle.Actor.OWNER, false),
            new Move(UNLISTED, PENDING_REVIEW, ShopLifecycle.Actor.OWNER, false),
            new Move(PENDING_REVIEW, APPROVED, ShopLifecycle.Actor.ADMIN, false),
            new Move(PENDING_REVIEW, REJECTED, ShopLifecycle.Actor.ADMIN, true),
            new Move(APPROVED, UNLISTED, ShopLifecycle.Actor.OWNER, false),
            // Platform takedown of a listed product (a complaint, a fake certificate): always with a reason.
            new Move(APPROVED, REJECTED, ShopLifecycle.Actor.ADMIN, true));

    private ProductLifecycle() {
    }

    public static Optional<Move> find(ProductStatus from, ProductStatus to) {
        return MOVES.stream().filter(m -> m.from() == from && m.to() == to).findFirst();
    }
}
