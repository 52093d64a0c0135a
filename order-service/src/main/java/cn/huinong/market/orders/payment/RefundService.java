package cn.huinong.market.orders.payment;

import cn.huinong.market.common.paging.Page;
import cn.huinong.market.common.paging.TimeKey;
import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.orders.ledger.RefundPosting;
import cn.huinong.market.orders.ledger.Settlement;
import cn.huinong.market.orders.order.LedgerFacts;
import cn.huinong.market.orders.order.OrderEventType;
import cn.huinong.market.orders.order.OrderFact;
import cn.huinong.market.orders.order.OrderRefunds;
import cn.huinong.market.orders.order.OrderService;
import cn.huinong.market.orders.order.ShopOrder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Refunds in two steps so that no database lock is held while the payment provider is called: the decision is
 * stored (and the amount set aside on the order) in the caller's transaction; {@link #execute} then asks the
 * provider (idempotent by refund id) and records the outcome — ledger posting and feed fact — in a new one.
 * A refund the provider could not be reached for stays PENDING and is retried by {@link OrderJobs}.
 */
@ApplicationScoped
public class RefundService implements OrderRefunds {

    private static final Logger LOG = Logger.getLogger(RefundService.class);
    private static final int MAX_REASON = 500;

    @Inject RefundRepository refunds;

    @Inject OrderService orders;

    @Inject PaymentProvider provider;

    @Inject Settlement settlement;

    @Inject Event<OrderFact> facts;

    @Inject Clock clock;

    /** Sets aside a refund of goods and shipping on a locked order; the caller executes it after commit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Refund request(ShopOrder order, long goodsFen, long shippingFen, String reason, UUID afterSaleId,
            OffsetDateTime now) {
        long shippingLeft = order.shippingFen - (order.refundedFen - order.refundedGoodsFen);
        if (goodsFen < 0 || shippingFen < 0 || goodsFen + shippingFen <= 0
                || goodsFen > order.goodsFen - order.refundedGoodsFen || shippingFen > shippingLeft) {
            throw ProblemException.conflict("detail.refund.too-much", order.refundableFen());
        }
        Refund r = new Refund();
        r.id = UUID.randomUUID();
        r.shopOrderId = order.id;
        r.checkoutId = order.checkoutId;
        r.afterSaleId = afterSaleId;
        r.goodsFen = goodsFen;
        r.shippingFen = shippingFen;
        r.amountFen = goodsFen + shippingFen;
        r.status = RefundStatus.PENDING;
        r.reason = reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason;
        r.createdAt = now;
        refunds.persist(r);
        order.refundedFen += r.amountFen;
        order.refundedGoodsFen += goodsFen;
        return r;
    }

    /** Everything still refundable on the order. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID requestRest(ShopOrder order, String reason, UUID afterSaleId, OffsetDateTime now) {
        long goods = order.goodsFen - order.refundedGoodsFen;
        long shipping = order.shippingFen - (order.refundedFen - order.refundedGoodsFen);
        return request(order, goods, shipping, reason, afterSaleId, now).id;
    }

    /** The status of a refund, or null when there is none. */
    public RefundStatus statusOf(UUID id) {
        Refund r = refunds.findById(id);
        return r == null ? null : r.status;
    }

    /** Sends again the refunds the provider did not answer (left PENDING for a while); returns how many. */
    public int retryPending(int batch) {
        int retried = 0;
        for (UUID id : refunds.pendingBefore(OffsetDateTime.now(clock).minusSeconds(30), batch)) {
            execute(id);
            retried++;
        }
        return retried;
    }

    public Page<RefundView> list(RefundStatus status, String after, int limit) {
        return Page.of(refunds.inStatus(status, after, limit), limit, RefundView::of,
                r -> new TimeKey(r.createdAt, r.id).cursor());
    }

    /** Fired in the transaction that replaces a refused refund by a new one. */
    public record Retried(UUID failedId, UUID newId, UUID afterSaleId) {
    }

    @Inject jakarta.enterprise.event.Event<Retried> retried;

    /** A refused refund sent again: a new refund of the same amounts for the same order (and after-sale case). */
    public RefundView retry(UUID failedId, String reason) {
        Refund again = retryDecision(failedId, reason);
        execute(again.id);
        return view(again.id);
    }

    /** Read in a transaction of its own: the outcome was recorded by another one. */
    @Transactional
    RefundView view(UUID id) {
        return RefundView.of(refunds.findById(id));
    }

    @Transactional
    Refund retryDecision(UUID failedId, String reason) {
        Refund failed = refunds.lock(failedId);
        if (failed == null) {
            throw ProblemException.notFound("refund", failedId);
        }
        if (failed.status != RefundStatus.FAILED) {
            throw ProblemException.conflict("detail.refund.not-failed", failed.status);
        }
        ShopOrder order = orders.lock(failed.shopOrderId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Refund again = request(order, failed.goodsFen, failed.shippingFen,
                reason.strip() + " (again for refused refund " + failed.id + ")", failed.afterSaleId, now);
        // The refused one is settled and cannot be retried twice; whoever tracks it follows the new one.
        failed.status = RefundStatus.RETRIED;
        retried.fire(new Retried(failed.id, again.id, failed.afterSaleId));
        return again;
    }

    /** Sends a pending refund to the provider and records the outcome. Safe to call again. */
    @Override
    public void execute(UUID refundId) {
        Refund r = refunds.findById(refundId);
        if (r == null || r.status != RefundStatus.PENDING) {
            return;
        }
        // One payment per checkout: its total is what the checkout's orders add up to.
        long paymentTotalFen = orders.totalOfCheckout(r.checkoutId);
        ProviderRefund outcome;
        try {
            outcome = provider.refund(new RefundOrder(r.id, r.checkoutId, r.amountFen, paymentTotalFen, r.reason));
        } catch (RuntimeException e) {
            LOG.warnf(e, "payment provider unreachable for refund %s; will retry", refundId);
            attempted(refundId);
            return;
        }
        record(refundId, outcome);
    }

    @Transactional
    void attempted(UUID refundId) {
        Refund r = refunds.lock(refundId);
        r.attempts++;
    }

    @Transactional
    void record(UUID refundId, ProviderRefund outcome) {
        Refund r = refunds.lock(refundId);
        if (r.status != RefundStatus.PENDING) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        ShopOrder order = orders.lock(r.shopOrderId);
        r.attempts++;
        r.completedAt = now;
        r.providerRefundId = outcome.providerRefundId();
        if (outcome.status() == ProviderRefundStatus.SUCCEEDED) {
            r.status = RefundStatus.SUCCEEDED;
            order.refundPaidFen += r.amountFen;
            RefundPosting posting = settlement.refunded(LedgerFacts.of(order), r.id, r.goodsFen, r.shippingFen, now);
            // An order whose payment arrived only after it was cancelled never had ORDER_PAID in the feed, and
            // its refund is no fact for the feed's readers either (the ledger still shows both movements).
            if (order.paidAt != null) {
                facts.fire(new OrderFact(OrderEventType.ORDER_REFUNDED, order, now, posting.refundFen(),
                        posting.commissionRefundFen()));
            }
        } else {
            // The money did not move: give the amount back to the order so it can be refunded again.
            LOG.errorf("payment provider refused refund %s of order %s: %s", r.id, order.id, outcome.failureReason());
            r.status = RefundStatus.FAILED;
            r.failure = outcome.failureReason();
            order.refundedFen -= r.amountFen;
            order.refundedGoodsFen -= r.goodsFen;
        }
    }
}
