package cn.huinong.market.orders.checkout;

import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.orders.config.FulfilmentConfig;
import cn.huinong.market.orders.ledger.Settlement;
import cn.huinong.market.orders.order.Actor;
import cn.huinong.market.orders.order.LedgerFacts;
import cn.huinong.market.orders.order.OrderService;
import cn.huinong.market.orders.order.OrderStatus;
import cn.huinong.market.orders.order.OrderTransitions;
import cn.huinong.market.orders.order.ShopOrder;
import cn.huinong.market.orders.payment.PaymentNotification;
import cn.huinong.market.orders.payment.PaymentProvider;
import cn.huinong.market.orders.payment.PaymentReceiver;
import cn.huinong.market.orders.payment.ProviderPayment;
import cn.huinong.market.orders.payment.ProviderPaymentStatus;
import cn.huinong.market.orders.payment.RefundService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Applies the provider's word that a checkout was paid — from a signed notification or from a query — exactly
 * once: a notification id already seen changes nothing, and only a checkout still waiting for payment becomes
 * PAID (its shop orders too, each posted to the ledger and to the feed). Money that arrives for a checkout that
 * has already ended is refunded in full. Catalog is told to confirm the stock after the change commits.
 */
@ApplicationScoped
public class CheckoutPayments implements PaymentReceiver {

    private static final Logger LOG = Logger.getLogger(CheckoutPayments.class);

    @Inject PaymentProvider provider;

    @Inject CheckoutRepository checkouts;

    @Inject OrderService orders;

    @Inject OrderTransitions transitions;

    @Inject Settlement settlement;

    @Inject RefundService refunds;

    @Inject StockSync stock;

    @Inject FulfilmentConfig fulfilment;

    @Inject EntityManager em;

    @Inject Clock clock;

    public enum Outcome {
        APPLIED, ALREADY_APPLIED, ALREADY_PAID, NOT_PAID, AMOUNT_MISMATCH, LATE_REFUNDED
    }

    private record Applied(Outcome outcome, List<UUID> refunds) {
    }

    @Override
    public void received(PaymentNotification notification) {
        onNotification(notification);
    }

    public Outcome onNotification(PaymentNotification n) {
        Applied applied = apply(n.notificationId(), n.paymentId(), n.status(), n.amountFen(), n.paidAt());
        afterCommit(n.paymentId(), applied);
        return applied.outcome();
    }

    /** Asks the provider how a payment stands and applies it if paid (when notifications are late or lost). */
    public Outcome reconcile(UUID checkoutId) {
        ProviderPayment p = provider.query(checkoutId);
        if (p.status() != ProviderPaymentStatus.PAID) {
            return Outcome.NOT_PAID;
        }
        return applyQueried(p);
    }

    public Outcome applyQueried(ProviderPayment p) {
        Applied applied = apply("query:" + p.providerPaymentId(), p.paymentId(), p.status(), p.amountFen(),
                p.paidAt());
        afterCommit(p.paymentId(), applied);
        return applied.outcome();
    }

    private void afterCommit(UUID checkoutId, Applied applied) {
        if (applied.outcome() == Outcome.APPLIED || applied.outcome() == Outcome.LATE_REFUNDED) {
            stock.settle(checkoutId);
        }
        applied.refunds().forEach(refunds::execute);
    }

    @Transactional
    Applied apply(String notificationId, UUID checkoutId, ProviderPaymentStatus status, long amountFen,
            OffsetDateTime paidAt) {
        Checkout c = checkouts.lock(checkoutId);
        if (c == null) {
            throw ProblemException.notFound("checkout", checkoutId);
        }
        Outcome outcome = decide(c, status, amountFen);
        int inserted = em.createNativeQuery("""
                INSERT INTO payment_notification (notification_id, checkout_id, provider, amount_fen, outcome)
                VALUES (:id, :checkout, :provider, :amount, :outcome) ON CONFLICT DO NOTHING""")
                .setParameter("id", notificationId)
                .setParameter("checkout", checkoutId)
                .setParameter("provider", provider.name())
                .setParameter("amount", amountFen)
                .setParameter("outcome", outcome.name())
                .executeUpdate();
        if (inserted == 0) {
            return new Applied(Outcome.ALREADY_APPLIED, List.of());
        }
        OffsetDateTime at = paidAt == null ? OffsetDateTime.now(clock) : paidAt;
        List<UUID> toRefund = new ArrayList<>();
        switch (outcome) {
            case APPLIED -> markPaid(c, at);
            case LATE_REFUNDED -> toRefund.addAll(refundLatePayment(c, at));
            case AMOUNT_MISMATCH -> LOG.errorf("payment of checkout %s notified with %d fen, expected %d",
                    checkoutId, amountFen, c.totalFen);
            default -> {
            }
        }
        return new Applied(outcome, toRefund);
    }

    private static Outcome decide(Checkout c, ProviderPaymentStatus status, long amountFen) {
        if (status != ProviderPaymentStatus.PAID) {
            return Outcome.NOT_PAID;
        }
        if (amountFen != c.totalFen) {
            return Outcome.AMOUNT_MISMATCH;
        }
        return switch (c.status) {
            case PENDING_PAYMENT -> Outcome.APPLIED;
            case PAID -> Outcome.ALREADY_PAID;
            default -> Outcome.LATE_REFUNDED;
        };
    }

    private void markPaid(Checkout c, OffsetDateTime at) {
        c.status = CheckoutStatus.PAID;
        c.paidAt = at;
        // Every order is locked before the first event is written: the outbox lock comes last, always.
        List<ShopOrder> locked = orders.lockAllOf(c.id);
        for (ShopOrder order : locked) {
            order.paidAt = at;
            order.shipBy = at.plus(fulfilment.shipWithin());
            settlement.paid(LedgerFacts.of(order), at);
        }
        // Events last: the outbox lock is the last lock any writer takes.
        for (ShopOrder order : locked) {
            transitions.move(order, OrderStatus.PAID, Actor.SYSTEM, "payment " + c.providerPaymentId, at);
        }
    }

    /** The buyer paid after the checkout ended (its stock already released): the money goes straight back. */
    private List<UUID> refundLatePayment(Checkout c, OffsetDateTime at) {
        LOG.warnf("checkout %s was paid after it ended (%s); refunding in full", c.id, c.status);
        List<UUID> ids = new ArrayList<>();
        for (ShopOrder order : orders.lockAllOf(c.id)) {
            settlement.paid(LedgerFacts.of(order), at);
            ids.add(refunds.requestRest(order, "paid after the checkout ended", null, at));
        }
        return ids;
    }
}
