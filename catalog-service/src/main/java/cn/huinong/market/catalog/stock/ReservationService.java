package cn.huinong.market.catalog.stock;

import cn.huinong.market.catalog.config.InventoryConfig;
import cn.huinong.market.common.problem.Problem;
import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.common.problem.ProblemType;
import cn.huinong.market.common.security.Callers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Reservations for order-service's checkout saga: reserve all lines or none, then confirm (sold) or release.
 * Every change of stock is a conditional UPDATE in {@link StockMoves}, taken in {@link StockMoves#LOCK_ORDER}, in
 * the same transaction as the reservation's own row, so a failure anywhere leaves nothing behind.
 */
@ApplicationScoped
public class ReservationService {

    private static final String WHAT = "reservation";

    @Inject ReservationRepository reservations;

    @Inject StockMoves moves;

    @Inject SellableRule rule;

    @Inject InventoryConfig config;

    @Inject Clock clock;

    @Inject SecurityIdentity identity;

    /** A reservation and whether this request made it (false: the checkout had reserved these lines before). */
    public record Outcome(ReservationView reservation, boolean created) {
    }

    @Transactional
    public Outcome reserve(ReservationRequest request) {
        String caller = Callers.subjectOrAnonymous(identity);
        long ttl = ttlSeconds(request.ttlSeconds());
        refuseDuplicateSkus(request.lines());
        UUID checkoutId = request.checkoutId();
        OffsetDateTime now = now();
        if (!reservations.claim(checkoutId, caller, now, now.plusSeconds(ttl))) {
            Reservation existing = reservations.findById(checkoutId);
            if (!quantities(existing.lines).equals(quantitiesOf(request.lines()))) {
                throw ProblemException.conflict("detail.reservation.checkout-reused", checkoutId);
            }
            return new Outcome(ReservationView.of(existing), false);
        }
        refuseUnsellable(request.lines());
        reserveAllOrThrow(request.lines());
        for (int i = 0; i < request.lines().size(); i++) {
            ReservationRequest.Line line = request.lines().get(i);
            reservations.addLine(checkoutId, i, line.skuId(), line.quantity());
        }
        return new Outcome(ReservationView.of(reservations.findById(checkoutId)), true);
    }

    public ReservationView get(UUID checkoutId) {
        return ReservationView.of(find(checkoutId));
    }

    /**
     * ACTIVE → CONFIRMED: the reserved units leave stock. Repeating it is harmless. One found past its expiry is
     * expired (units back on sale) and committed as such before the caller is told 409: the buyer paid too late.
     */
    public ReservationView confirm(UUID checkoutId) {
        ReservationView view = QuarkusTransaction.requiringNew().call(() -> confirmOrExpire(checkoutId));
        if (view.status() != ReservationStatus.CONFIRMED) {
            throw ProblemException.withFacts(ProblemType.CONFLICT, List.of(), view, "detail.reservation.not-active",
                    checkoutId, view.status());
        }
        return view;
    }

    private ReservationView confirmOrExpire(UUID checkoutId) {
        ReservationStatus changedTo = reservations.confirmOrExpire(checkoutId, now());
        Reservation reservation = find(checkoutId);
        if (changedTo == ReservationStatus.CONFIRMED) {
            inLockOrder(reservation.lines).forEach(line -> moves.consume(line.skuId, line.quantity));
        } else if (changedTo == ReservationStatus.EXPIRED) {
            inLockOrder(reservation.lines).forEach(line -> moves.unreserve(line.skuId, line.quantity));
        }
        return ReservationView.of(reservation);
    }

    /** ACTIVE → RELEASED: the units are sellable again. Releasing a released or expired one changes nothing. */
    @Transactional
    public ReservationView release(UUID checkoutId) {
        boolean released = reservations.release(checkoutId, now());
        Reservation reservation = find(checkoutId);
        if (released) {
            inLockOrder(reservation.lines).forEach(line -> moves.unreserve(line.skuId, line.quantity));
        } else if (reservation.status == ReservationStatus.CONFIRMED) {
            throw ProblemException.withFacts(ProblemType.CONFLICT, List.of(), ReservationView.of(reservation),
                    "detail.reservation.already-confirmed", checkoutId);
        }
        return ReservationView.of(reservation);
    }

    /**
     * Expires one batch of ACTIVE reservations past their time and gives their units back.
     *
     * @return how many were expired; fewer than {@code batchSize} means none are left for now
     */
    @Transactional
    public int expireDue(int batchSize) {
        List<UUID> expired = reservations.expireDue(batchSize, now());
        if (expired.isEmpty()) {
            return 0;
        }
        List<Object[]> perSku = new ArrayList<>(reservations.quantitiesPerSku(expired));
        perSku.sort(Comparator.comparing(row -> (UUID) row[0], StockMoves.LOCK_ORDER));
        for (Object[] row : perSku) {
            moves.unreserve((UUID) row[0], ((Number) row[1]).intValue());
        }
        return expired.size();
    }

    private long ttlSeconds(Integer requested) {
        long min = config.reservation().minTtl().toSeconds();
        long max = config.reservation().maxTtl().toSeconds();
        if (requested == null) {
            return config.reservation().defaultTtl().toSeconds();
        }
        if (requested < min || requested > max) {
            throw ProblemException.withFacts(ProblemType.VALIDATION,
                    List.of(new Problem.FieldError("ttlSeconds", "detail.reservation.ttl-range.short")), null,
                    "detail.reservation.ttl-range", min, max);
        }
        return requested;
    }

    private static void refuseDuplicateSkus(List<ReservationRequest.Line> lines) {
        Set<UUID> seen = new HashSet<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!seen.add(lines.get(i).skuId())) {
                errors.add(new Problem.FieldError("lines[" + i + "].skuId", "detail.reservation.duplicate-sku"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.withFacts(ProblemType.VALIDATION, errors, null, "detail.validation");
        }
    }

    /** Unknown SKUs are the client's mistake (422); the others cannot be sold right now (409). */
    private void refuseUnsellable(List<ReservationRequest.Line> lines) {
        Map<UUID, NotSellableReason> refused = rule.whyNotForSale(lines.stream()
                .map(ReservationRequest.Line::skuId).toList());
        if (refused.isEmpty()) {
            return;
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        List<Unavailable> facts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            NotSellableReason reason = refused.get(lines.get(i).skuId());
            if (reason != null) {
                errors.add(new Problem.FieldError("lines[" + i + "].skuId", reason.messageKey()));
                facts.add(new Unavailable(lines.get(i).skuId(), reason));
            }
        }
        boolean unknown = refused.containsValue(NotSellableReason.UNKNOWN_SKU);
        throw ProblemException.withFacts(unknown ? ProblemType.UNPROCESSABLE : ProblemType.CONFLICT, errors,
                Map.of("unavailableSkus", facts),
                unknown ? "detail.reservation.unknown-sku" : "detail.reservation.unavailable");
    }

    /**
     * Reserves every line or throws (rolling the others back). After a short line the rest are still tried, so
     * the problem lists every short SKU at once rather than one per retry.
     */
    private void reserveAllOrThrow(List<ReservationRequest.Line> lines) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(i -> lines.get(i).skuId(), StockMoves.LOCK_ORDER));
        List<Integer> shortLines = new ArrayList<>();
        for (int i : order) {
            if (!moves.reserve(lines.get(i).skuId(), lines.get(i).quantity())) {
                shortLines.add(i);
            }
        }
        if (shortLines.isEmpty()) {
            return;
        }
        shortLines.sort(Comparator.naturalOrder());
        List<Problem.FieldError> errors = new ArrayList<>();
        List<ShortLine> facts = new ArrayList<>();
        for (int i : shortLines) {
            ReservationRequest.Line line = lines.get(i);
            errors.add(new Problem.FieldError("lines[" + i + "].quantity", "detail.reservation.short.field"));
            facts.add(new ShortLine(line.skuId(), line.quantity(), Math.max(0, moves.available(line.skuId()))));
        }
        throw ProblemException.withFacts(ProblemType.CONFLICT, errors, Map.of("shortSkus", facts),
                "detail.reservation.short", shortLines.size());
    }

    private Reservation find(UUID checkoutId) {
        Reservation reservation = reservations.findById(checkoutId);
        if (reservation == null) {
            throw ProblemException.notFound(WHAT, checkoutId);
        }
        return reservation;
    }

    private static List<ReservationLine> inLockOrder(List<ReservationLine> lines) {
        return lines.stream().sorted(Comparator.comparing(l -> l.skuId, StockMoves.LOCK_ORDER)).toList();
    }

    private static Map<UUID, Integer> quantities(List<ReservationLine> lines) {
        Map<UUID, Integer> quantities = new HashMap<>();
        lines.forEach(l -> quantities.put(l.skuId, l.quantity));
        return quantities;
    }

    private static Map<UUID, Integer> quantitiesOf(List<ReservationRequest.Line> lines) {
        Map<UUID, Integer> quantities = new HashMap<>();
        lines.forEach(l -> quantities.put(l.skuId(), l.quantity()));
        return quantities;
    }

    /** The injected clock's now, to the microsecond PostgreSQL keeps, so what is stored is what was computed. */
    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    /** A line that cannot be sold, as order-service reads it from the problem's {@code current}. */
    public record Unavailable(UUID skuId, NotSellableReason reason) {
    }

    /** A line without enough stock: how many were asked for and how many could have been had. */
    public record ShortLine(UUID skuId, int requested, int available) {
    }
}
