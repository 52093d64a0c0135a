package cn.huinong.market.orders.ledger;

import cn.huinong.market.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Posts the money of shop orders to the double-entry ledger (chart of accounts: {@link Account}). Every method
 * joins the caller's transaction, so a posting commits or rolls back with the order change that caused it, and
 * is idempotent: a repeated call (or a racing twin) posts nothing more.
 *
 * <p>Refused calls ({@link ProblemException}) are detected before anything is written and do not mark the
 * caller's transaction rollback-only.
 */
@ApplicationScoped
public class Settlement {

    private static final Logger LOG = Logger.getLogger(Settlement.class);
    static final String CNY = "CNY";

    @Inject LedgerStore store;

    @Inject Clock clock;

    /** Payment: Dr PROVIDER_CLEARING, Cr PLATFORM_COMMISSION, Cr SHOP_PENDING (goods net, shipping). */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = ProblemException.class)
    public void paid(ShopOrderFacts order, OffsetDateTime at) {
        validate(order);
        OffsetDateTime when = at == null ? now() : at;
        store.ensureShop(order.shopId(), order.shopOwnerSub());
        if (!store.insertOrder(order, when)) {
            return;
        }
        UUID shop = order.shopId();
        List<Leg> legs = new ArrayList<>();
        add(legs, Account.PROVIDER_CLEARING, Side.DEBIT, order.goodsFen(), LineKind.GOODS);
        add(legs, Account.PROVIDER_CLEARING, Side.DEBIT, order.shippingFen(), LineKind.SHIPPING);
        add(legs, Account.PLATFORM_COMMISSION, Side.CREDIT, order.commissionFen(), LineKind.COMMISSION);
        add(legs, Account.shopPending(shop), Side.CREDIT, order.goodsFen() - order.commissionFen(), LineKind.GOODS);
        add(legs, Account.shopPending(shop), Side.CREDIT, order.shippingFen(), LineKind.SHIPPING);
        store.post(header("PAYMENT:" + order.shopOrderId(), PostingKind.PAYMENT, order, null, when), legs);
    }

    /**
     * Refund: the refunded goods and shipping go back to the buyer out of PROVIDER_CLEARING, taken from the
     * seller's pending account (or, once the order is completed, the available one, which may go negative), and
     * the commission on the refunded goods is given back: {@code commission − round_half_up(remaining goods ×
     * rate) − already reversed}, never below 0, so a full refund reverses exactly the commission charged.
     *
     * @throws ProblemException conflict when the order was not paid in the ledger, the amounts are negative or
     *                          zero, or they exceed what remains refundable
     */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = ProblemException.class)
    public RefundPosting refunded(ShopOrderFacts order, UUID refundId, long refundGoodsFen, long refundShippingFen,
            OffsetDateTime at) {
        Objects.requireNonNull(refundId, "refundId");
        OffsetDateTime when = at == null ? now() : at;
        LedgerStore.OrderState state = lockPaid(order);
        String key = "REFUND:" + refundId;
        var existing = store.findEntry(key);
        if (existing.isPresent()) {
            return replayRefund(refundId, order, existing.get());
        }
        if (refundGoodsFen < 0 || refundShippingFen < 0 || refundGoodsFen + refundShippingFen == 0) {
            throw ProblemException.conflict("detail.ledger-refund-amounts", refundGoodsFen, refundShippingFen);
        }
        long goodsLeft = state.goodsFen() - state.refundedGoodsFen();
        long shippingLeft = state.shippingFen() - state.refundedShippingFen();
        if (refundGoodsFen > goodsLeft || refundShippingFen > shippingLeft) {
            throw ProblemException.conflict("detail.ledger-refund-exceeds", refundGoodsFen, refundShippingFen,
                    goodsLeft, shippingLeft);
        }
        long refundedGoods = state.refundedGoodsFen() + refundGoodsFen;
        long commissionKept = roundHalfUp((state.goodsFen() - refundedGoods) * state.commissionRateBp());
        long commissionRefund = Math.max(0,
                Math.min(state.commissionFen() - commissionKept, state.commissionFen())
                        - state.commissionReversedFen());

        boolean completed = state.completedAt() != null;
        Account seller = completed ? Account.shopAvailable(state.shopId()) : Account.shopPending(state.shopId());
        List<Leg> legs = new ArrayList<>();
        add(legs, seller, Side.DEBIT, refundGoodsFen, LineKind.GOODS);
        add(legs, seller, Side.DEBIT, refundShippingFen, LineKind.SHIPPING);
        add(legs, Account.PROVIDER_CLEARING, Side.CREDIT, refundGoodsFen, LineKind.GOODS);
        add(legs, Account.PROVIDER_CLEARING, Side.CREDIT, refundShippingFen, LineKind.SHIPPING);
        add(legs, Account.PLATFORM_COMMISSION, Side.DEBIT, commissionRefund, LineKind.COMMISSION);
        add(legs, seller, Side.CREDIT, commissionRefund, LineKind.COMMISSION);
        ShopOrderFacts facts = withShop(order, state.shopId());
        store.post(new LedgerStore.EntryHeader(key, PostingKind.REFUND, state.shopId(), state.shopOrderId(),
                facts.checkoutId(), facts.paymentId(), refundId, null, when), legs);
        store.recordRefund(state.shopOrderId(), refundedGoods, state.refundedShippingFen() + refundShippingFen,
                state.commissionReversedFen() + commissionRefund);
        if (completed) {
            long available = store.creditBalance(seller);
            if (available < 0) {
                // Not an error: the shop now owes the platform this much; later income or payouts net it off.
                LOG.warnf("Refund %s after completion of shop order %s left shop %s available balance at %d fen",
                        refundId, state.shopOrderId(), state.shopId(), available);
            }
        }
        return new RefundPosting(refundId, refundGoodsFen + refundShippingFen, commissionRefund);
    }

    /**
     * Completion: the order's remaining net moves from SHOP_PENDING to SHOP_AVAILABLE (goods and shipping legs), and
     * a routed order's logistics subsidy is credited to the shop from SUBSIDY_RECEIVABLE (SUBSIDY legs).
     */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = ProblemException.class)
    public void completed(ShopOrderFacts order, OffsetDateTime at) {
        OffsetDateTime when = at == null ? now() : at;
        LedgerStore.OrderState state = lockPaid(order);
        if (state.completedAt() != null) {
            return;
        }
        long shippingNet = state.shippingFen() - state.refundedShippingFen();
        long goodsNet = state.goodsFen() - state.refundedGoodsFen()
                - (state.commissionFen() - state.commissionReversedFen());
        Account pending = Account.shopPending(state.shopId());
        Account available = Account.shopAvailable(state.shopId());
        List<Leg> legs = new ArrayList<>();
        transfer(legs, pending, available, goodsNet, LineKind.GOODS);
        transfer(legs, pending, available, shippingNet, LineKind.SHIPPING);
        // The subsidy is earned by a completed delivery: a line of its own, never folded into the buyer's price.
        add(legs, Account.SUBSIDY_RECEIVABLE, Side.DEBIT, order.shippingSubsidyFen(), LineKind.SUBSIDY);
        add(legs, available, Side.CREDIT, order.shippingSubsidyFen(), LineKind.SUBSIDY);
        if (!legs.isEmpty()) {
            ShopOrderFacts facts = withShop(order, state.shopId());
            store.post(header("COMPLETION:" + state.shopOrderId(), PostingKind.COMPLETION, facts, null, when), legs);
        }
        store.recordCompletion(state.shopOrderId(), when);
    }

    static long roundHalfUp(long timesBasisPoints) {
        return Math.floorDiv(timesBasisPoints + 5000, 10000);
    }

    private LedgerStore.OrderState lockPaid(ShopOrderFacts order) {
        Objects.requireNonNull(order, "order");
        return store.lockOrder(order.shopOrderId())
                .orElseThrow(() -> ProblemException.conflict("detail.ledger-order-not-paid", order.shopOrderId()));
    }

    private RefundPosting replayRefund(UUID refundId, ShopOrderFacts order, LedgerStore.StoredEntry entry) {
        if (entry.kind() != PostingKind.REFUND || !order.shopOrderId().equals(entry.shopOrderId())) {
            throw ProblemException.conflict("detail.ledger-refund-other-order", refundId);
        }
        return new RefundPosting(refundId,
                store.entrySum(entry.id(), Account.Type.PROVIDER_CLEARING, Side.CREDIT),
                store.entrySum(entry.id(), Account.Type.PLATFORM_COMMISSION, Side.DEBIT));
    }

    private static void validate(ShopOrderFacts f) {
        Objects.requireNonNull(f, "order");
        Objects.requireNonNull(f.shopOrderId(), "shopOrderId");
        Objects.requireNonNull(f.shopId(), "shopId");
        if (f.shopOwnerSub() == null || f.shopOwnerSub().isBlank()) {
            throw ProblemException.conflict("detail.ledger-facts-invalid", "shopOwnerSub");
        }
        if (!CNY.equals(f.currency())) {
            throw ProblemException.conflict("detail.ledger-facts-invalid", "currency");
        }
        if (f.goodsFen() < 0 || f.shippingFen() < 0 || f.totalFen() <= 0) {
            throw ProblemException.conflict("detail.ledger-facts-invalid", "goodsFen/shippingFen");
        }
        if (f.commissionRateBp() < 0 || f.commissionRateBp() > 10000 || f.commissionFen() < 0
                || f.commissionFen() > f.goodsFen()) {
            throw ProblemException.conflict("detail.ledger-facts-invalid", "commissionFen");
        }
    }

    private static ShopOrderFacts withShop(ShopOrderFacts f, UUID shopId) {
        return f.shopId() != null ? f
                : new ShopOrderFacts(f.shopOrderId(), f.checkoutId(), f.paymentId(), shopId,
                        f.shopOwnerSub(), f.currency(), f.goodsFen(), f.shippingFen(), f.commissionRateBp(),
                        f.commissionFen(), f.shippingSubsidyFen());
    }

    private static LedgerStore.EntryHeader header(String key, PostingKind kind, ShopOrderFacts f, UUID refundId,
            OffsetDateTime at) {
        return new LedgerStore.EntryHeader(key, kind, f.shopId(), f.shopOrderId(), f.checkoutId(), f.paymentId(),
                refundId, null, at);
    }

    private static void add(List<Leg> legs, Account account, Side side, long amountFen, LineKind kind) {
        if (amountFen > 0) {
            legs.add(new Leg(account, side, amountFen, kind));
        }
    }

    private static void transfer(List<Leg> legs, Account from, Account to, long amountFen, LineKind kind) {
        if (amountFen > 0) {
            legs.add(new Leg(from, Side.DEBIT, amountFen, kind));
            legs.add(new Leg(to, Side.CREDIT, amountFen, kind));
        } else if (amountFen < 0) {
            legs.add(new Leg(to, Side.DEBIT, -amountFen, kind));
            legs.add(new Leg(from, Side.CREDIT, -amountFen, kind));
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
