package cn.huinong.market.orders.checkout;

import cn.huinong.market.common.problem.Problem;
import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.common.problem.ProblemType;
import cn.huinong.market.common.security.Callers;
import cn.huinong.market.orders.client.CatalogClient;
import cn.huinong.market.orders.client.CatalogRefusal;
import cn.huinong.market.orders.client.CatalogReservation;
import cn.huinong.market.orders.client.CatalogSku;
import cn.huinong.market.orders.client.CatalogUnavailable;
import cn.huinong.market.orders.config.CheckoutConfig;
import cn.huinong.market.orders.order.Actor;
import cn.huinong.market.orders.payment.CreatedPayment;
import cn.huinong.market.orders.payment.PaymentOrder;
import cn.huinong.market.orders.payment.PaymentProvider;
import cn.huinong.market.orders.payment.ProviderPayment;
import cn.huinong.market.orders.payment.ProviderPaymentStatus;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The checkout saga (see DESIGN.md): price from catalog's snapshots, reserve the stock in catalog-service, store
 * the checkout and its shop orders, then open one payment at the provider. Each step that fails undoes the ones
 * before it; what a crash interrupts is finished by {@link CheckoutJobs} (unpaid checkouts expire and their
 * reservation is released) and, as a last resort, by catalog's own reservation expiry.
 */
@ApplicationScoped
public class CheckoutService {

    private static final Logger LOG = Logger.getLogger(CheckoutService.class);

    /** Catalog holds the stock a little longer than we wait, so our expiry (which releases it) comes first. */
    private static final int RESERVATION_GRACE_SECONDS = 600;

    @Inject CatalogClient catalog;

    @Inject CheckoutPricer pricer;

    @Inject CheckoutStore store;

    @Inject PaymentProvider payments;

    @Inject CheckoutConfig config;

    @Inject StockSync stock;

    @Inject CheckoutPayments paymentService;

    @Inject Clock clock;

    public record Outcome(CheckoutView checkout, boolean created) {
    }

    public Outcome checkout(String buyerSub, CheckoutRequest request) {
        refuseRepeatedSkus(request);
        UUID id = request.id() == null ? UUID.randomUUID() : request.id();
        CheckoutView existing = store.find(id);
        if (existing != null) {
            sameBuyer(existing, id, buyerSub);
            if (existing.status() == CheckoutStatus.PENDING_PAYMENT && existing.payUrl() == null) {
                // A crash came between storing the checkout and opening its payment: open it now (idempotent).
                return new Outcome(startPayment(existing, buyerSub), false);
            }
            return new Outcome(existing, false);
        }
        List<CatalogSku> snapshots = call(() -> catalog.skus(request.lines().stream()
                .map(CheckoutRequest.Line::skuId).toList()));
        List<CheckoutPricer.PricedShopOrder> priced = pricer.price(request, snapshots);

        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime expiresAt = now.plus(config.paymentWindow());
        int ttl = (int) config.paymentWindow().toSeconds() + RESERVATION_GRACE_SECONDS;
        reserve(id, ttl, request, snapshots);

        CheckoutView stored;
        try {
            stored = store.create(id, buyerSub, request, priced, now, expiresAt);
        } catch (RuntimeException e) {
            // A racing request with the same client-chosen id won; ours must not keep its (shared) reservation.
            CheckoutView raced = store.find(id);
            if (raced != null) {
                return new Outcome(sameBuyer(raced, id, buyerSub), false);
            }
            stock.releaseQuietly(id);
            throw e;
        }
        return new Outcome(startPayment(stored, buyerSub), true);
    }

    /** A checkout of the caller (admins: anyone's) with its shop orders; anyone else's is not found. */
    public CheckoutView get(UUID id, SecurityIdentity identity) {
        CheckoutView c = store.find(id);
        if (c == null || !(identity.hasRole("admin") || c.buyerSub().equals(Callers.subjectOrAnonymous(identity)))) {
            throw ProblemException.notFound("checkout", id);
        }
        return c;
    }

    /** Opens the payment; if the provider cannot, the checkout ends here and its stock is released. */
    private CheckoutView startPayment(CheckoutView checkout, String buyerSub) {
        try {
            CreatedPayment created = payments.create(new PaymentOrder(checkout.id(), checkout.totalFen(),
                    checkout.currency(), subject(checkout), checkout.expiresAt()));
            return store.paymentStarted(checkout.id(), payments.name(), created.providerPaymentId(),
                    created.payUrl());
        } catch (RuntimeException e) {
            LOG.warnf(e, "payment provider could not open the payment of checkout %s", checkout.id());
            ProviderPayment opened = closeQuietly(checkout.id());
            if (opened != null && opened.status() == ProviderPaymentStatus.PAID) {
                // Paid in the instant between: the payment wins.
                paymentService.applyQueried(opened);
                return store.find(checkout.id());
            }
            store.endUnpaid(checkout.id(), CheckoutStatus.FAILED, "PAYMENT_UNAVAILABLE",
                    new Actor(buyerSub, Actor.Role.BUYER), OffsetDateTime.now(clock));
            stock.settle(checkout.id());
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "detail.checkout.payment-unavailable");
        }
    }

    /** Closes a payment the provider may have opened; null when it never did or cannot be reached. */
    private ProviderPayment closeQuietly(UUID checkoutId) {
        try {
            return payments.close(checkoutId);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void reserve(UUID id, int ttl, CheckoutRequest request, List<CatalogSku> snapshots) {
        List<CatalogReservation.Line> lines = request.lines().stream()
                .map(l -> new CatalogReservation.Line(l.skuId(), l.quantity())).toList();
        try {
            CatalogReservation held = catalog.reserve(id, ttl, lines);
            // Catalog answers a repeated checkout id with the reservation it already has, in whatever state:
            // a released one, or one that expires before this checkout's payment window ends, holds nothing.
            if (!"ACTIVE".equals(held.status()) || held.expiresAt() == null
                    || held.expiresAt().isBefore(OffsetDateTime.now(clock).plusSeconds(ttl - 60L))) {
                throw ProblemException.conflict("detail.checkout.id-used");
            }
        } catch (CatalogRefusal refusal) {
            throw stockProblem(refusal, request, snapshots);
        } catch (CatalogUnavailable e) {
            // The reservation may have been made before the answer was lost: take it back (or let it expire).
            stock.releaseQuietly(id);
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "detail.checkout.catalog-unavailable");
        }
    }

    /** Catalog's 409 names the short or unsellable SKUs; the buyer gets them back with the product names. */
    private static ProblemException stockProblem(CatalogRefusal refusal, CheckoutRequest request,
            List<CatalogSku> snapshots) {
        if (refusal.status() != 409) {
            LOG.errorf("catalog-service refused a reservation with %d: %s", refusal.status(), refusal.problem());
            return new ProblemException(ProblemType.UNPROCESSABLE, "detail.checkout.unknown-skus");
        }
        JsonNode current = refusal.problem().path("current");
        List<Map<String, Object>> shortSkus = new ArrayList<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (JsonNode s : current.path("shortSkus")) {
            UUID skuId = UUID.fromString(s.path("skuId").asText());
            shortSkus.add(Map.of("skuId", skuId, "productNameZh", nameOf(skuId, snapshots),
                    "requested", s.path("requested").asInt(), "available", s.path("available").asInt()));
            errors.add(new Problem.FieldError(lineOf(skuId, request) + ".quantity", "detail.checkout.short"));
        }
        for (JsonNode s : current.path("unavailableSkus")) {
            UUID skuId = UUID.fromString(s.path("skuId").asText());
            shortSkus.add(Map.of("skuId", skuId, "productNameZh", nameOf(skuId, snapshots),
                    "reason", s.path("reason").asText()));
            errors.add(new Problem.FieldError(lineOf(skuId, request) + ".skuId", "detail.checkout.sku-not-sellable"));
        }
        return ProblemException.withFacts(ProblemType.CONFLICT, errors, Map.of("shortSkus", shortSkus),
                "detail.checkout.stock-short", shortSkus.size());
    }

    private static String nameOf(UUID skuId, List<CatalogSku> snapshots) {
        return snapshots.stream().filter(s -> s.skuId().equals(skuId)).map(CatalogSku::productNameZh).findFirst()
                .orElse("");
    }

    private static String lineOf(UUID skuId, CheckoutRequest request) {
        for (int i = 0; i < request.lines().size(); i++) {
            if (request.lines().get(i).skuId().equals(skuId)) {
                return "lines[" + i + "]";
            }
        }
        return "lines";
    }

    private static void refuseRepeatedSkus(CheckoutRequest request) {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < request.lines().size(); i++) {
            if (!seen.add(request.lines().get(i).skuId())) {
                throw ProblemException.invalidField("lines[" + i + "].skuId", "detail.checkout.sku-repeated");
            }
        }
    }

    private static CheckoutView sameBuyer(CheckoutView existing, UUID id, String buyerSub) {
        if (!buyerSub.equals(existing.buyerSub())) {
            throw ProblemException.alreadyExists("checkout", id);
        }
        return existing;
    }

    private static String subject(CheckoutView c) {
        String first = c.shopOrders().get(0).lines().get(0).productNameZh();
        int count = c.shopOrders().stream().mapToInt(o -> o.lines().size()).sum();
        return count == 1 ? "惠农市集 · " + first : "惠农市集 · " + first + " 等" + count + "件商品";
    }

    private static <T> T call(java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (CatalogUnavailable e) {
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "detail.checkout.catalog-unavailable");
        } catch (CatalogRefusal e) {
            LOG.errorf("catalog-service refused SKU snapshots with %d: %s", e.status(), e.problem());
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "detail.checkout.catalog-unavailable");
        }
    }
}
