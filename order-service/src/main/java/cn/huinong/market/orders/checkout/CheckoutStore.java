package cn.huinong.market.orders.checkout;

import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.orders.logistics.RoutedShipping;
import cn.huinong.market.orders.order.Actor;
import cn.huinong.market.orders.order.OrderService;
import cn.huinong.market.orders.order.OrderStatus;
import cn.huinong.market.orders.order.OrderTransitions;
import cn.huinong.market.orders.order.ShopOrder;
import cn.huinong.market.orders.order.ShopOrderLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The database steps of the checkout saga, each its own short transaction (no lock outlives a step). */
@ApplicationScoped
public class CheckoutStore {

    @Inject CheckoutRepository checkouts;

    @Inject OrderService orders;

    @Inject OrderTransitions transitions;

    @Transactional
    public CheckoutView find(UUID id) {
        Checkout c = checkouts.findById(id);
        return c == null ? null : CheckoutView.of(c, orders.ofCheckout(id));
    }

    /** Stores a checkout whose stock catalog-service has just reserved, with its shop orders awaiting payment. */
    @Transactional
    public CheckoutView create(UUID id, String buyerSub, CheckoutRequest request,
            List<CheckoutPricer.PricedShopOrder> priced, OffsetDateTime now,
            OffsetDateTime expiresAt) {
        Checkout c = new Checkout();
        c.id = id;
        c.buyerSub = buyerSub;
        c.status = CheckoutStatus.PENDING_PAYMENT;
        c.stockState = StockState.RESERVED;
        c.currency = "CNY";
        c.goodsFen = priced.stream().mapToLong(CheckoutPricer.PricedShopOrder::goodsFen).sum();
        c.shippingFen = priced.stream().mapToLong(CheckoutPricer.PricedShopOrder::shippingFen).sum();
        c.totalFen = c.goodsFen + c.shippingFen;
        c.recipientName = request.address().recipientName().strip();
        c.recipientPhone = request.address().phone();
        c.provinceCode = request.address().provinceCode();
        c.countyCode = request.address().countyCode();
        c.addressLine = request.address().addressLine().strip();
        c.expiresAt = expiresAt;
        c.createdAt = now;
        checkouts.persist(c);
        Actor buyer = new Actor(buyerSub, Actor.Role.BUYER);
        for (CheckoutPricer.PricedShopOrder p : priced) {
            ShopOrder o = new ShopOrder();
            o.id = p.shopOrderId();
            o.checkoutId = id;
            o.buyerSub = buyerSub;
            o.shopId = p.shopId();
            o.shopNameZh = p.shopNameZh();
            o.shopOwnerSub = p.shopOwnerSub();
            o.status = OrderStatus.PENDING_PAYMENT;
            o.currency = "CNY";
            o.goodsFen = p.goodsFen();
            o.shippingFen = p.shippingFen();
            o.totalFen = p.totalFen();
            o.commissionRateBp = p.commissionRateBp();
            o.commissionFen = p.commissionFen();
            o.packedWeightG = p.packedWeightG();
            o.coldChain = p.coldChain();
            RoutedShipping.Sold routed = p.routed();
            if (routed != null) {
                o.shippingCostFen = routed.costFen();
                o.shippingSubsidyFen = routed.subsidyFen();
                o.shippingChoice = routed.choice().name();
                o.originNodeCode = routed.originNode();
                o.promisedDelivery = routed.promisedDelivery();
                o.shippingRoute = routed.routeJson();
            }
            o.createdAt = now;
            o.updatedAt = now;
            int n = 1;
            for (CheckoutPricer.PricedLine l : p.lines()) {
                ShopOrderLine line = new ShopOrderLine();
                line.shopOrder = o;
                line.lineNo = n++;
                line.skuId = l.sku().skuId();
                line.productId = l.sku().productId();
                line.productNameZh = l.sku().productNameZh();
                line.productNameEn = l.sku().productNameEn();
                line.skuNameZh = l.sku().skuNameZh();
                line.skuNameEn = l.sku().skuNameEn();
                line.unit = l.sku().unit();
                line.quantity = l.quantity();
                line.unitPriceFen = l.sku().priceFen();
                line.lineTotalFen = l.lineTotalFen();
                o.lines.add(line);
            }
            orders.create(o, buyer, now);
        }
        checkouts.flush();
        return CheckoutView.of(c, orders.ofCheckout(id));
    }

    @Transactional
    public CheckoutView paymentStarted(UUID id, String provider, String providerPaymentId, String payUrl) {
        Checkout c = checkouts.lock(id);
        c.paymentProvider = provider;
        c.providerPaymentId = providerPaymentId;
        c.payUrl = payUrl;
        return CheckoutView.of(c, orders.ofCheckout(id));
    }

    /**
     * Ends an unpaid checkout (expired, or its payment could not be started): its orders are cancelled and the
     * reservation is marked for release. Returns false when the checkout was no longer waiting for payment.
     */
    @Transactional
    public boolean endUnpaid(UUID id, CheckoutStatus end, String why, Actor actor, OffsetDateTime now) {
        Checkout c = checkouts.lock(id);
        if (c == null || c.status != CheckoutStatus.PENDING_PAYMENT) {
            return false;
        }
        c.status = end;
        c.failure = why;
        for (ShopOrder locked : orders.lockAllOf(id)) {
            if (locked.status == OrderStatus.PENDING_PAYMENT) {
                transitions.move(locked, OrderStatus.CANCELLED, actor, why, now);
            }
        }
        return true;
    }

    @Transactional
    public void stockSettled(UUID id, StockState state) {
        Checkout c = checkouts.lock(id);
        if (c.stockState == StockState.RESERVED) {
            c.stockState = state;
        }
    }

    @Transactional
    public Checkout get(UUID id) {
        Checkout c = checkouts.findById(id);
        if (c == null) {
            throw ProblemException.notFound("checkout", id);
        }
        return c;
    }
}
