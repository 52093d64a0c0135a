package cn.huinong.market.orders.aftersale;

import static cn.huinong.market.orders.aftersale.AfterSaleStatus.AWAITING_RETURN;
import static cn.huinong.market.orders.aftersale.AfterSaleStatus.DISPUTED;
import static cn.huinong.market.orders.aftersale.AfterSaleStatus.REJECTED;
import static cn.huinong.market.orders.aftersale.AfterSaleStatus.REQUESTED;
import static cn.huinong.market.orders.aftersale.AfterSaleStatus.RETURN_SHIPPED;

import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.orders.order.Actor;
import java.util.EnumSet;
import java.util.Set;

/**
 * Every action on an after-sale case, who may take it and from which states. The caller's role is checked first
 * (a buyer can never decide: 403), then the state (deciding a case twice: 409).
 *
 * <pre>
 * REQUESTED ─decision accept (seller)→ REFUND: REFUNDED          RETURN_REFUND: AWAITING_RETURN
 *     │                                                          ─return-shipment (buyer)→ RETURN_SHIPPED
 *     │                                                          ─receipt (seller)→ REFUNDED
 *     └─decision reject (seller)→ REJECTED ─dispute (buyer, within N days)→ DISPUTED ─arbitration (admin)→ REFUNDED | CLOSED
 *                                    └─(system, after N days)→ CLOSED
 * withdrawal (buyer) from REQUESTED, REJECTED, DISPUTED, AWAITING_RETURN → WITHDRAWN
 * </pre>
 */
public enum AfterSaleMoves {

    DECISION(Actor.Role.SELLER, EnumSet.of(REQUESTED)),
    RETURN_SHIPMENT(Actor.Role.BUYER, EnumSet.of(AWAITING_RETURN)),
    RECEIPT(Actor.Role.SELLER, EnumSet.of(RETURN_SHIPPED)),
    DISPUTE(Actor.Role.BUYER, EnumSet.of(REJECTED)),
    ARBITRATION(Actor.Role.ADMIN, EnumSet.of(DISPUTED)),
    WITHDRAWAL(Actor.Role.BUYER, EnumSet.of(REQUESTED, REJECTED, DISPUTED, AWAITING_RETURN)),
    EXPIRY(Actor.Role.SYSTEM, EnumSet.of(REJECTED));

    private final Actor.Role role;
    private final Set<AfterSaleStatus> from;

    AfterSaleMoves(Actor.Role role, Set<AfterSaleStatus> from) {
        this.role = role;
        this.from = from;
    }

    public Actor.Role role() {
        return role;
    }

    public Set<AfterSaleStatus> from() {
        return from;
    }

    /** 403 when this actor's role may never take the action, 409 when the case is not in a state it applies to. */
    public void check(AfterSale c, Actor actor) {
        if (actor.role() != role) {
            throw ProblemException.forbidden("detail.after-sale.not-your-move", name(), c.status);
        }
        if (!from.contains(c.status)) {
            throw ProblemException.conflict("detail.after-sale.illegal-move", name(), c.status);
        }
    }
}
