package cn.huinong.market.orders.order;

import cn.huinong.market.common.paging.Page;
import cn.huinong.market.common.paging.TimeKey;
import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.common.web.ETags;
import cn.huinong.market.orders.config.FulfilmentConfig;
import cn.huinong.market.orders.ledger.Settlement;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Reading shop orders and moving them on behalf of their buyer, their seller or an admin. */
@ApplicationScoped
public class OrderService {

    @Inject ShopOrderRepository orders;

    @Inject OrderTransitionRepository history;

    @Inject OrderTransitions transitions;

    @Inject OrderRefunds refunds;

    @Inject UnpaidOrderCancellation unpaidCancellation;

    @Inject Settlement settlement;

    @Inject FulfilmentConfig config;

    @Inject Clock clock;

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
            OrderTransitions.check(peek, OrderStatus.CANCELLED, actor);
            unpaidCancellation.cancelCheckoutOf(peek, actor);
            return get(id, identity);
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
        OffsetDateTime now = OffsetDateTime.now(clock);
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
            case COMPLETED -> complete(o, now);
            case CANCELLED -> {
                if (request.reason() == null || request.reason().isBlank()) {
                    throw ProblemException.invalidField("reason", "detail.order.reason-required");
                }
                toRefund = List.of(refunds.requestRest(o, request.reason(), null, now));
            }
            default -> {
            }
        }
        transitions.move(o, request.to(), actor, request.reason(), now);
        return new Moved(ShopOrderView.of(o), toRefund);
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
        OffsetDateTime now = OffsetDateTime.now(clock);
        if ((o.status != OrderStatus.PAID && o.status != OrderStatus.ACCEPTED) || o.shipBy == null
                || !o.shipBy.isBefore(now)) {
            return null;
        }
        UUID refund = refunds.requestRest(o, "ship-by deadline missed", null, now);
        transitions.move(o, OrderStatus.CANCELLED, Actor.SYSTEM, "ship-by deadline " + o.shipBy + " missed", now);
        return new Moved(ShopOrderView.of(o), List.of(refund));
    }

    /** Delivered long enough ago without an after-sale: complete, and the seller's money becomes payable. */
    @Transactional
    public boolean autoComplete(UUID id) {
        ShopOrder o = orders.lock(id);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (o.status != OrderStatus.DELIVERED
                || o.deliveredAt.plusDays(config.autoCompleteDays()).isAfter(now)) {
            return false;
        }
        complete(o, now);
        transitions.move(o, OrderStatus.COMPLETED, Actor.SYSTEM,
                "delivered " + config.autoCompleteDays() + " days ago", now);
        return true;
    }

    private void complete(ShopOrder o, OffsetDateTime now) {
        o.completedAt = now;
        settlement.completed(LedgerFacts.of(o), now);
    }

    /** Row-locks one order in the caller's transaction (null when there is none). */
    @Transactional(Transactional.TxType.MANDATORY)
    public ShopOrder lock(UUID id) {
        return orders.lock(id);
    }

    /**
     * Row-locks all shop orders of a checkout, in one statement and a fixed order, before the caller writes any
     * event: writers take the outbox lock only after their row locks, so two writers cannot wait on each other.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ShopOrder> lockAllOf(UUID checkoutId) {
        return orders.lockAllOf(checkoutId);
    }

    /** The shop orders of a checkout, by shop. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ShopOrder> ofCheckout(UUID checkoutId) {
        return orders.ofCheckout(checkoutId);
    }

    /** What a checkout's payment amounts to: the totals of its shop orders. */
    @Transactional
    public long totalOfCheckout(UUID checkoutId) {
        return orders.ofCheckout(checkoutId).stream().mapToLong(o -> o.totalFen).sum();
    }

    /** Stores a new order (with its lines) and records its creation. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void create(ShopOrder order, Actor actor, OffsetDateTime at) {
        orders.persist(order);
        transitions.created(order, actor, at);
    }

    /** An order by id; 404 when there is none. */
    public ShopOrder find(UUID id) {
        ShopOrder o = orders.findById(id);
        if (o == null) {
            throw ProblemException.notFound("shop order", id);
        }
        return o;
    }
}
