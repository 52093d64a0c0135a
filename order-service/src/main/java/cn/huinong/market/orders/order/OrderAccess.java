package cn.huinong.market.orders.order;

import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.common.security.Callers;
import io.quarkus.security.identity.SecurityIdentity;

/** Who is calling (by the token's {@code sub}), as an order actor, and whether they may see an order at all. */
public final class OrderAccess {

    private OrderAccess() {
    }

    /** The caller's role for a given order: admin first, then the order's seller, then its buyer. */
    public static Actor actorFor(SecurityIdentity identity, ShopOrder order) {
        String sub = Callers.subjectOrAnonymous(identity);
        if (identity.hasRole("admin")) {
            return new Actor(sub, Actor.Role.ADMIN);
        }
        if (identity.hasRole("seller") && sub.equals(order.shopOwnerSub)) {
            return new Actor(sub, Actor.Role.SELLER);
        }
        if (identity.hasRole("buyer") && sub.equals(order.buyerSub)) {
            return new Actor(sub, Actor.Role.BUYER);
        }
        // Someone else's order: not found, so ids cannot be probed.
        throw ProblemException.notFound("shop order", order.id);
    }

    /** Whose orders (or cases) a list shows: a buyer's own, a seller's shops', everyone's for admins (both null). */
    public record Scope(String buyerSub, String shopOwnerSub) {
    }

    public static Scope listScope(SecurityIdentity identity) {
        if (identity.hasRole("admin")) {
            return new Scope(null, null);
        }
        String sub = Callers.subjectOrAnonymous(identity);
        return identity.hasRole("seller") ? new Scope(null, sub) : new Scope(sub, null);
    }

    /** Reading an order: its buyer, its seller or an admin. */
    public static void requireReader(SecurityIdentity identity, ShopOrder order) {
        actorFor(identity, order);
    }
}
