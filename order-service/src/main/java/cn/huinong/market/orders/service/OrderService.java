package cn.huinong.market.orders.service;

import cn.huinong.market.common.paging.Page;
import cn.huinong.market.common.paging.TimeKey;
import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.common.security.Callers;
import cn.huinong.market.common.web.ETags;
import cn.huinong.market.orders.config.FulfilmentConfig;
import cn.huinong.market.orders.ledger.Settlement;
import cn.huinong.market.orders.payment.PaymentProvider;
import cn.huinong.market.orders.payment.ProviderPayment;
import cn.huinong.market.orders.payment.ProviderPaymentStatus;
import cn.huinong.market.orders.repository.Actor;
import cn.huinong.market.orders.repository.Checkout;
import cn.huinong.market.orders.repository.CheckoutRepository;
import cn.huinong.market.orders.repository.CheckoutStatus;
import cn.huinong.market.orders.repository.OrderStatus;
import cn.huinong.market.orders.repository.OrderTransitionRepository;
import cn.huinong.market.orders.repository.Refund;
import cn.huinong.market.orders.repository.ShopOrder;
import cn.huinong.market.orders.repository.ShopOrderRepository;
import cn.huinong.market.orders.rest.CheckoutView;
import cn.huinong.market.orders.rest.ShopOrderView;
import cn.huinong.market.orders.rest.TransitionRequest;
import cn.huinong.market.orders.rest.TransitionView;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Reading shop orders and moving them on behalf of their buyer, their seller or an admin. */
@ApplicationScoped
public class OrderService {

    @Inject ShopOrderRepository orders;

    @Inject CheckoutRepository checkouts;

    @Inject OrderTransitionRepository history;

    @Inject OrderTransitions transitions;

    @Inject RefundService refunds;

    @Inject Settlement settlement;

    @Inject PaymentProvider provider;

    @Inject CheckoutStore checkoutStore;

    @Inject StockSync stock;

    @Inject PaymentService payments;

    @Inject FulfilmentConfig config;

    @Transactional
    public ShopOrderView get(UUID id, SecurityIdentity identity) {
        ShopOrder o = find(id);
        OrderAccess.requireReader(identity, o);
        return ShopOrderView.of(o);
    }

    @Transactional
    ShopOrderView view(UUID id) {
        return ShopOrderView.of(find(id));
    }

    @Transactional
    public List<TransitionView> history(UUID id, SecurityIdentity identity) {
        OrderAccess.requireReader(identity, find(id));
        return history.history(id).stream().map(TransitionView::of).toList();
    }

    @Transactional
    public CheckoutView checkout(UUID id, SecurityIdentity identity) {
        Checkout c = checkouts.findById(id);
        if (c == null || !(identity.hasRole("admin") || c.buyerSub.equals(Callers.subjectOrAnonymous(identity)))) {
            throw ProblemException.notFound("checkout", id);
        }
        return CheckoutView.of(c, orders.ofCheckout(id));
    }

    /** Buyers see their orders, sellers their shops' orders, admins everyone's (filtered as asked). */
    @Transactional
    public Page<ShopOrderView> list(SecurityIdentity identity, UUID shopId, OrderStatus status, String after,
            int limit) {
        OrderAccess.Scope scope = OrderAccess.listScope(identity);
        TimeKey before = TimeKey.decode(after);
        return Page.of(orders.page(scope.buyerSub(), shopId, scope.shopOwnerSub(), status, before, limit), limit,
                ShopOrderView::of, o -> new TimeKey(o.createdAt, o.id).cursor());
    }

    /** A move asked for over the API; returns the order as it now is. */
    public ShopOrderView move(UUID id, String ifMatch, TransitionRequest request, SecurityIdentity identity) {
        if (request.to() == OrderStatus.AFTER_SALE || request.to() == OrderStatus.REFUNDED) {
            throw ProblemException.conflict("detail.order.use-after-sales");
        }
        ShopOrder peek = find(id);
        Actor actor = OrderAccess.actorFor(identity, peek);
        if (request.to() == OrderStatus.CANCELLED && peek.status == OrderStatus.PENDING_PAYMENT) {
            return cancelUnpaid(peek, actor, identity);
        }
        Moved moved = moveLocked(id, ifMatch, request, actor);
        moved.refunds.forEach(refunds::execute);
        return view(id);
    }

    private record Moved(ShopOrderView order, List<UUID> refunds) {
    }

    @Transactional
    Moved moveLocked(UUID id, String ifMatch, TransitionRequest request, Actor actor) {
        ShopOrder o = orders.lock(id);
        if (ifMatch != null) {
            ETags.requireCurrent(ifMatch, o.version, () -> ShopOrderView.of(o));
        }
        OrderTransitions.check(o, request.to(), actor);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<UUID> toRefund = List.of();
        switch (request.to()) {
            case SHIPPED -> {
                if (request.carrier() == null || request.carrier().isBlank() || request.trackingNumber() == null) {
                    throw ProblemException.invalidField("trackingNumber", "detail.order.tracking-required");
                }
                o.carrier = request.carrier().strip();
                o.trackingNumber = request.trackingNumber();
                o.shippedAt = now;
            }
            case DELIVERED -> o.deliveredAt = now;
            case COMPLETED -> {
                o.completedAt = now;
                settlement.completed(Facts.of(o), now);
            }
            case CANCELLED -> {
                if (request.reason() == null || request.reason().isBlank()) {
                    throw ProblemException.invalidField("reason", "detail.order.reason-required");
                }
                toRefund = List.of(refunds.requestRest(o, request.reason(), null, now).id);
            }
            default -> {
            }
        }
        transitions.move(o, request.to(), actor, request.reason(), now);
        return new Moved(ShopOrderView.of(o), toRefund);
    }

    /**
     * A buyer (or admin) cancelling an unpaid order cancels its whole checkout: there is one payment for all
     * of it. The payment is closed at the provider first; if it was paid in the meantime, the payment wins.
     */
    private ShopOrderView cancelUnpaid(ShopOrder order, Actor actor, SecurityIdentity identity) {
        OrderTransitions.check(order, OrderStatus.CANCELLED, actor);
        ProviderPayment p = closePayment(order.checkoutId);
        if (p != null && p.status() == ProviderPaymentStatus.PAID) {
            payments.applyQueried(p);
            throw ProblemException.conflict("detail.order.already-paid");
        }
        checkoutStore.endUnpaid(order.checkoutId, CheckoutStatus.CANCELLED, "CANCELLED_BY_BUYER", actor,
                OffsetDateTime.now(ZoneOffset.UTC));
        stock.settle(order.checkoutId);
        return get(order.id, identity);
    }

    /**
     * Closes the checkout's payment at the provider, even when we never stored its id (a crash may have come
     * between the provider opening it and our recording it); null when the provider never opened one.
     */
    ProviderPayment closePayment(UUID checkoutId) {
        try {
            return provider.close(checkoutId);
        } catch (ProblemException e) {
            if (e.type() == cn.huinong.market.common.problem.ProblemType.NOT_FOUND) {
                return null;
            }
            throw e;
        }
    }

    /** A seller who missed the ship-by deadline: the order is cancelled and refunded in full. */
    public boolean cancelForMissedShipBy(UUID id) {
        Moved moved = missedShipBy(id);
        if (moved == null) {
            return false;
        }
        moved.refunds.forEach(refunds::execute);
        return true;
    }

    @Transactional
    Moved missedShipBy(UUID id) {
        ShopOrder o = orders.lock(id);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if ((o.status != OrderStatus.PAID && o.status != OrderStatus.ACCEPTED) || o.shipBy == null
                || !o.shipBy.isBefore(now)) {
            return null;
        }
        Refund r = refunds.requestRest(o, "ship-by deadline missed", null, now);
        transitions.move(o, OrderStatus.CANCELLED, Actor.SYSTEM, "ship-by deadline " + o.shipBy + " missed", now);
        return new Moved(ShopOrderView.of(o), List.of(r.id));
    }

    /** Delivered long enough ago without an after-sale: complete, and the seller's money becomes payable. */
    @Transactional
    public boolean autoComplete(UUID id) {
        ShopOrder o = orders.lock(id);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (o.status != OrderStatus.DELIVERED
                || o.deliveredAt.plusDays(config.autoCompleteDays()).isAfter(now)) {
            return false;
        }
        o.completedAt = now;
        settlement.completed(Facts.of(o), now);
        transitions.move(o, OrderStatus.COMPLETED, Actor.SYSTEM,
                "delivered " + config.autoCompleteDays() + " days ago", now);
        return true;
    }

    private ShopOrder find(UUID id) {
        ShopOrder o = orders.findById(id);
        if (o == null) {
            throw ProblemException.notFound("shop order", id);
        }
        return o;
    }
}
