package cn.huinong.market.orders.aftersale;

import cn.huinong.market.common.paging.Page;
import cn.huinong.market.common.paging.TimeKey;
import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.common.security.Callers;
import cn.huinong.market.common.web.ETags;
import cn.huinong.market.orders.order.Actor;
import cn.huinong.market.orders.order.OrderAccess;
import cn.huinong.market.orders.order.OrderService;
import cn.huinong.market.orders.order.OrderStatus;
import cn.huinong.market.orders.order.OrderTransitions;
import cn.huinong.market.orders.order.ShopOrder;
import cn.huinong.market.orders.payment.Refund;
import cn.huinong.market.orders.payment.RefundService;
import cn.huinong.market.orders.payment.RefundStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * After-sale cases: opened by the buyer (the order goes to AFTER_SALE), decided by the seller, disputed by the buyer,
 * arbitrated by an admin. Each action locks the case and then its order, records the move, and — when it refunds —
 * sets the refund aside with {@link RefundService#request} and moves the order out of AFTER_SALE in the same
 * transaction; the refund is sent to the payment provider only after that transaction committed.
 * <p>
 * Amounts: the case carries the goods part; shipping is refunded in full exactly when a refund covers all the goods
 * still refundable (then the order is fully refunded and goes to REFUNDED), else not at all (the order goes back to
 * the status it had when the case opened).
 */
@ApplicationScoped
public class AfterSaleService {

    static final String WHAT = "after-sale case";

    /** A refused refund of a case was sent again: the case follows the new refund. */
    void onRefundRetried(@Observes RefundService.Retried r) {
        if (r.afterSaleId() == null) {
            return;
        }
        AfterSale c = cases.lock(r.afterSaleId());
        if (c != null && r.failedId().equals(c.refundId)) {
            c.refundId = r.newId();
        }
    }

    @Inject AfterSaleRepository cases;

    @Inject OrderService orders;

    @Inject RefundService refunds;

    @Inject OrderTransitions orderTransitions;

    @Inject AfterSaleConfig config;

    @Inject Clock clock;

    /** The outcome of a locked action: the case id and a refund to execute once committed (or null). */
    record Done(UUID caseId, UUID refundId) {
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    @Transactional
    public AfterSaleView get(UUID id, SecurityIdentity identity) {
        AfterSale c = find(id);
        actorFor(identity, c);
        return view(c);
    }

    /** Buyers see their cases, sellers their shops' cases, admins all (filtered as asked). */
    @Transactional
    public Page<AfterSaleView> list(SecurityIdentity identity, UUID shopOrderId, AfterSaleStatus status, String after,
            int limit) {
        OrderAccess.Scope scope = OrderAccess.listScope(identity);
        TimeKey before = TimeKey.decode(after);
        return Page.of(cases.page(scope.buyerSub(), scope.shopOwnerSub(), shopOrderId, status, before, limit), limit,
                this::view, c -> new TimeKey(c.createdAt, c.id).cursor());
    }

    /** Who the caller is for this case; anyone else gets a 404 so case ids cannot be probed. */
    static Actor actorFor(SecurityIdentity identity, AfterSale c) {
        String sub = Callers.subjectOrAnonymous(identity);
        if (identity.hasRole("admin")) {
            return new Actor(sub, Actor.Role.ADMIN);
        }
        if (identity.hasRole("seller") && sub.equals(c.shopOwnerSub)) {
            return new Actor(sub, Actor.Role.SELLER);
        }
        if (identity.hasRole("buyer") && sub.equals(c.buyerSub)) {
            return new Actor(sub, Actor.Role.BUYER);
        }
        throw ProblemException.notFound(WHAT, c.id);
    }

    AfterSale find(UUID id) {
        AfterSale c = cases.findById(id);
        if (c == null) {
            throw ProblemException.notFound(WHAT, id);
        }
        return c;
    }

    AfterSaleView view(AfterSale c) {
        RefundStatus refundStatus = c.refundId == null ? null : refunds.statusOf(c.refundId);
        return AfterSaleView.of(c, refundStatus, cases.photos(c.id), cases.history(c.id));
    }

    // ---- opening ------------------------------------------------------------------------------------------------

    /** The buyer opens a case on their order; the order moves to AFTER_SALE. */
    public AfterSaleView open(UUID orderId, AfterSaleRequests.Open request, SecurityIdentity identity) {
        UUID id = openLocked(orderId, request, identity);
        return get(id, identity);
    }

    @Transactional
    UUID openLocked(UUID orderId, AfterSaleRequests.Open request, SecurityIdentity identity) {
        ShopOrder o = orders.lock(orderId);
        String sub = Callers.subjectOrAnonymous(identity);
        if (o == null || !sub.equals(o.buyerSub)) {
            throw ProblemException.notFound("shop order", orderId);
        }
        AfterSale open = cases.openOf(orderId);
        if (open != null) {
            throw ProblemException.conflict("detail.after-sale.already-open", open.id);
        }
        boolean fits = switch (request.kind()) {
            case REFUND -> o.status == OrderStatus.PAID || o.status == OrderStatus.ACCEPTED;
            case RETURN_REFUND -> o.status == OrderStatus.DELIVERED;
        };
        if (!fits) {
            throw ProblemException.conflict("detail.after-sale.kind-not-now", request.kind(), o.status);
        }
        long goodsLeft = o.goodsFen - o.refundedGoodsFen;
        if (request.requestedGoodsFen() > goodsLeft) {
            throw ProblemException.invalidField("requestedGoodsFen", "detail.after-sale.amount-too-high", goodsLeft);
        }
        OffsetDateTime now = now();
        AfterSale c = new AfterSale();
        c.id = UUID.randomUUID();
        c.shopOrderId = o.id;
        c.buyerSub = o.buyerSub;
        c.shopId = o.shopId;
        c.shopOwnerSub = o.shopOwnerSub;
        c.kind = request.kind();
        c.status = AfterSaleStatus.REQUESTED;
        c.reasonCode = request.reasonCode();
        c.description = request.description() == null || request.description().isBlank()
                ? null
                : request.description().strip();
        c.requestedGoodsFen = request.requestedGoodsFen();
        c.createdAt = now;
        c.updatedAt = now;
        cases.persist(c);
        Actor buyer = new Actor(sub, Actor.Role.BUYER);
        record(c, null, AfterSaleStatus.REQUESTED, buyer, c.reasonCode + (c.description == null ? ""
                : ": "
                        + c.description),
                now);
        orderTransitions.move(o, OrderStatus.AFTER_SALE, buyer, "after-sale " + c.id + " " + c.kind + " "
                + c.reasonCode, now);
        return c.id;
    }

    // ---- actions ------------------------------------------------------------------------------------------------

    /** The seller accepts (REFUND: refunded now; RETURN_REFUND: waits for the goods) or rejects with a reason. */
    public AfterSaleView decide(UUID id, String ifMatch, AfterSaleRequests.Decision request,
            SecurityIdentity identity) {
        return act(id, ifMatch, identity, AfterSaleMoves.DECISION, (c, actor) -> {
            String reason = blankToNull(request.reason());
            OffsetDateTime now = now();
            if (!request.accept()) {
                if (reason == null) {
                    throw ProblemException.invalidField("reason", "detail.after-sale.reason-required");
                }
                c.disputeDeadline = now.plusDays(config.disputeDays());
                move(c, AfterSaleStatus.REJECTED, actor, reason, now);
                return new Done(c.id, null);
            }
            if (c.kind == AfterSaleKind.RETURN_REFUND) {
                move(c, AfterSaleStatus.AWAITING_RETURN, actor, reason == null ? "return accepted" : reason, now);
                return new Done(c.id, null);
            }
            return new Done(c.id, refund(c, c.requestedGoodsFen, actor, reason == null ? "refund accepted" : reason,
                    now));
        });
    }

    /** The buyer sent the goods back. */
    public AfterSaleView returnShipment(UUID id, String ifMatch, AfterSaleRequests.ReturnShipment request,
            SecurityIdentity identity) {
        return act(id, ifMatch, identity, AfterSaleMoves.RETURN_SHIPMENT, (c, actor) -> {
            c.returnCarrier = request.carrier().strip();
            c.returnTrackingNumber = request.trackingNumber();
            move(c, AfterSaleStatus.RETURN_SHIPPED, actor, c.returnCarrier + " " + c.returnTrackingNumber, now());
            return new Done(c.id, null);
        });
    }

    /** The seller received the returned goods: the refund goes out. */
    public AfterSaleView receipt(UUID id, String ifMatch, AfterSaleRequests.Reason request, SecurityIdentity identity) {
        return act(id, ifMatch, identity, AfterSaleMoves.RECEIPT, (c, actor) -> {
            String reason = blankToNull(request == null ? null : request.reason());
            return new Done(c.id, refund(c, c.requestedGoodsFen, actor,
                    reason == null ? "returned goods received" : reason, now()));
        });
    }

    /** The buyer escalates a rejection, within the configured days. */
    public AfterSaleView dispute(UUID id, String ifMatch, AfterSaleRequests.Reason request, SecurityIdentity identity) {
        return act(id, ifMatch, identity, AfterSaleMoves.DISPUTE, (c, actor) -> {
            OffsetDateTime now = now();
            if (c.disputeDeadline != null && !now.isBefore(c.disputeDeadline)) {
                throw ProblemException.conflict("detail.after-sale.dispute-too-late", c.disputeDeadline);
            }
            String reason = blankToNull(request == null ? null : request.reason());
            if (reason == null) {
                throw ProblemException.invalidField("reason", "detail.after-sale.reason-required");
            }
            move(c, AfterSaleStatus.DISPUTED, actor, reason, now);
            return new Done(c.id, null);
        });
    }

    /** An admin rules on a dispute: refund an amount of the goods, or uphold the seller's rejection. */
    public AfterSaleView arbitrate(UUID id, String ifMatch, AfterSaleRequests.Arbitration request,
            SecurityIdentity identity) {
        return act(id, ifMatch, identity, AfterSaleMoves.ARBITRATION, (c, actor) -> {
            OffsetDateTime now = now();
            String reason = request.reason().strip();
            if (request.verdict() == AfterSaleRequests.Verdict.UPHOLD) {
                close(c, AfterSaleStatus.CLOSED, actor, reason, now);
                return new Done(c.id, null);
            }
            if (request.refundGoodsFen() == null) {
                throw ProblemException.invalidField("refundGoodsFen", "detail.after-sale.amount-required");
            }
            ShopOrder o = orders.find(c.shopOrderId);
            long goodsLeft = o.goodsFen - o.refundedGoodsFen;
            if (request.refundGoodsFen() > goodsLeft) {
                throw ProblemException.invalidField("refundGoodsFen", "detail.after-sale.amount-too-high", goodsLeft);
            }
            return new Done(c.id, refund(c, request.refundGoodsFen(), actor, reason, now));
        });
    }

    /** The buyer withdraws the case; the order resumes. */
    public AfterSaleView withdraw(UUID id, String ifMatch, AfterSaleRequests.Reason request,
            SecurityIdentity identity) {
        return act(id, ifMatch, identity, AfterSaleMoves.WITHDRAWAL, (c, actor) -> {
            String reason = blankToNull(request == null ? null : request.reason());
            close(c, AfterSaleStatus.WITHDRAWN, actor, reason == null ? "withdrawn by the buyer" : reason, now());
            return new Done(c.id, null);
        });
    }

    /** Rejected cases whose buyer did not dispute in time close and their orders resume. Returns how many. */
    public int closeUndisputed() {
        int closed = 0;
        for (UUID id : cases.rejectedBefore(now(), 100)) {
            closed += closeIfUndisputed(id) ? 1 : 0;
        }
        return closed;
    }

    @Transactional
    boolean closeIfUndisputed(UUID id) {
        AfterSale c = cases.lock(id);
        OffsetDateTime now = now();
        if (c.status != AfterSaleStatus.REJECTED || c.disputeDeadline == null || c.disputeDeadline.isAfter(now)) {
            return false;
        }
        AfterSaleMoves.EXPIRY.check(c, Actor.SYSTEM);
        close(c, AfterSaleStatus.CLOSED, Actor.SYSTEM, "not disputed by " + c.disputeDeadline, now);
        return true;
    }

    // ---- the common steps ---------------------------------------------------------------------------------------

    private AfterSaleView finish(Done done, SecurityIdentity identity) {
        if (done.refundId() != null) {
            refunds.execute(done.refundId()); // committed: now the provider may be called
        }
        return get(done.caseId(), identity);
    }

    private record Acting(AfterSale c, Actor actor) {
    }

    /** What an action does to a locked case it may act on; returns the case and the refund to send, if any. */
    @FunctionalInterface
    private interface Action {

        Done apply(AfterSale c, Actor actor);
    }

    /**
     * Every action: in one transaction, start it ({@link #acting}) and do it; after the commit, send the refund it
     * set aside (if any) and answer the case as the caller now sees it.
     */
    private AfterSaleView act(UUID id, String ifMatch, SecurityIdentity identity, AfterSaleMoves move,
            Action action) {
        Done done = QuarkusTransaction.joiningExisting().call(() -> {
            Acting acting = acting(id, ifMatch, identity, move);
            return action.apply(acting.c(), acting.actor());
        });
        return finish(done, identity);
    }

    /**
     * The start of every action on a case: lock it, refuse anyone not involved (404) before anything else — a
     * stale If-Match must not show an outsider the case in its 412 — then check the version and the move.
     */
    private Acting acting(UUID id, String ifMatch, SecurityIdentity identity, AfterSaleMoves move) {
        AfterSale c = cases.lock(id);
        if (c == null) {
            throw ProblemException.notFound(WHAT, id);
        }
        Actor actor = actorFor(identity, c);
        if (ifMatch != null) {
            ETags.requireCurrent(ifMatch, c.version, () -> view(c));
        }
        move.check(c, actor);
        return new Acting(c, actor);
    }

    /**
     * Sets aside the refund of {@code goodsFen} (plus all remaining shipping when that is all the goods left) on the
     * locked order, closes the case as REFUNDED and moves the order out of AFTER_SALE: to REFUNDED when nothing
     * is left to refund, else back to where it was.
     */
    private UUID refund(AfterSale c, long goodsFen, Actor actor, String reason, OffsetDateTime now) {
        ShopOrder o = orders.lock(c.shopOrderId);
        long goodsLeft = o.goodsFen - o.refundedGoodsFen;
        if (goodsFen > goodsLeft) {
            throw ProblemException.conflict("detail.refund.too-much", o.refundableFen());
        }
        long shippingLeft = o.shippingFen - (o.refundedFen - o.refundedGoodsFen);
        long shippingFen = goodsFen == goodsLeft ? shippingLeft : 0;
        Refund r = refunds.request(o, goodsFen, shippingFen, "after-sale " + c.id + ": " + reason, c.id, now);
        c.refundGoodsFen = goodsFen;
        c.refundShippingFen = shippingFen;
        c.refundId = r.id;
        move(c, AfterSaleStatus.REFUNDED, actor, reason, now);
        c.closedAt = now;
        resumeOrder(o, c, now);
        return r.id;
    }

    private void close(AfterSale c, AfterSaleStatus to, Actor actor, String reason, OffsetDateTime now) {
        ShopOrder o = orders.lock(c.shopOrderId);
        move(c, to, actor, reason, now);
        c.closedAt = now;
        resumeOrder(o, c, now);
    }

    private void resumeOrder(ShopOrder o, AfterSale c, OffsetDateTime now) {
        if (o.status != OrderStatus.AFTER_SALE) {
            return;
        }
        OrderStatus to = o.refundableFen() == 0 ? OrderStatus.REFUNDED : o.resumeStatus;
        orderTransitions.move(o, to, Actor.SYSTEM, "after-sale " + c.id + " " + c.status, now);
    }

    private void move(AfterSale c, AfterSaleStatus to, Actor actor, String reason, OffsetDateTime now) {
        record(c, c.status, to, actor, reason, now);
        c.status = to;
        c.updatedAt = now;
    }

    private void record(AfterSale c, AfterSaleStatus from, AfterSaleStatus to, Actor actor, String reason,
            OffsetDateTime now) {
        AfterSaleTransition step = new AfterSaleTransition();
        step.afterSaleId = c.id;
        // the reason column holds 1,000 characters
        String cut = reason == null || reason.length() <= 1000 ? reason : reason.substring(0, 1000);
        cases.getEntityManager().persist(step.moved(from, to, actor.role(), actor.sub(), cut, now));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Now, by the injected clock (tests move it). */
    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
