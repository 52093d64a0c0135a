package cn.huinong.market.catalog.product;

import static cn.huinong.market.catalog.audit.Lifecycle.Actor.ADMIN;
import static cn.huinong.market.catalog.audit.Lifecycle.Actor.OWNER;
import static cn.huinong.market.catalog.product.ProductStatus.APPROVED;
import static cn.huinong.market.catalog.product.ProductStatus.DRAFT;
import static cn.huinong.market.catalog.product.ProductStatus.PENDING_REVIEW;
import static cn.huinong.market.catalog.product.ProductStatus.REJECTED;
import static cn.huinong.market.catalog.product.ProductStatus.UNLISTED;

import cn.huinong.market.catalog.audit.Lifecycle;
import cn.huinong.market.catalog.audit.Lifecycle.Move;
import java.util.List;

/** Product moderation: owners submit and unlist, admins approve, reject and take down. */
final class ProductLifecycle {

    static final Lifecycle<ProductStatus> TABLE = new Lifecycle<>(ProductStatus.class, List.of(
            new Move<>(DRAFT, PENDING_REVIEW, OWNER, false),
            new Move<>(REJECTED, PENDING_REVIEW, OWNER, false),
            new Move<>(UNLISTED, PENDING_REVIEW, OWNER, false),
            new Move<>(PENDING_REVIEW, APPROVED, ADMIN, false),
            new Move<>(PENDING_REVIEW, REJECTED, ADMIN, true),
            new Move<>(APPROVED, UNLISTED, OWNER, false),
            // Platform takedown of a listed product (a complaint, a fake certificate): always with a reason.
            new Move<>(APPROVED, REJECTED, ADMIN, true)));

    private ProductLifecycle() {
    }
}
