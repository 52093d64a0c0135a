package cn.huinong.market.catalog.trace;

import cn.huinong.market.common.paging.Cursor;
import cn.huinong.market.common.paging.Page;
import cn.huinong.market.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Creates and finds lots. A shop creates lots for its own products only; the product gives the temperature class. */
@ApplicationScoped
public class LotService {

    /** Identity host of short-code lots in events (like id.gs1.org for GS1 keys); not where labels resolve. */
    public static final String PLATFORM_ID_BASE = "https://id.huinong.market";

    private final SecureRandom random = new SecureRandom();

    @Inject TraceLotRepository lots;

    @Inject TraceFacts facts;

    @Inject Clock clock;

    /** What a seller gives for a new lot; the id may come from the client (an offline phone retries safely). */
    public record NewLot(UUID id, UUID productId, String lotNumber, TraceLot.Origin origin, LocalDate originDate,
            String countyCode, String villageName, BigDecimal quantity, String unit, LocalDate bestBefore) {
    }

    @Transactional
    public TraceLot create(UUID shopId, NewLot request) {
        TraceFacts.ProductFacts product = facts.product(request.productId())
                .filter(p -> p.shopId().equals(shopId))
                .orElseThrow(() -> ProblemException.notFound("product", request.productId()));
        if (request.id() != null) {
            Optional<TraceLot> existing = lots.findByIdOptional(request.id());
            if (existing.isPresent()) {
                if (!existing.get().shopId.equals(shopId)) {
                    throw ProblemException.notFound("lot", request.id());
                }
                return existing.get();
            }
        }
        if (lots.count("productId = ?1 and lotNumber = ?2", request.productId(), request.lotNumber()) > 0) {
            throw ProblemException.alreadyExists("lot", request.lotNumber());
        }
        if (request.countyCode() != null && !request.countyCode().matches("\\d{6}")) {
            throw ProblemException.invalidField("countyCode", "A county code has six digits (GB/T 2260).");
        }
        TraceLot lot = new TraceLot();
        lot.id = request.id() == null ? UUID.randomUUID() : request.id();
        lot.shopId = shopId;
        lot.productId = product.productId();
        lot.lotNumber = request.lotNumber();
        lot.shortCode = freshShortCode();
        if (product.gtin() != null && !product.gtin().isBlank()) {
            TraceCode.GtinLot code = DigitalLinks.gtinLot(product.gtin(), request.lotNumber());
            lot.gtin = code.gtin();
            lot.epcClass = "https://id.gs1.org" + code.path();
        } else {
            DigitalLinks.checkLot(request.lotNumber());
            lot.epcClass = new TraceCode.ShortCode(lot.shortCode).uri(PLATFORM_ID_BASE);
        }
        lot.originKind = request.origin();
        lot.originDate = request.originDate();
        lot.countyCode = request.countyCode();
        lot.villageName = request.villageName();
        lot.quantity = request.quantity();
        lot.unit = request.unit();
        lot.bestBefore = request.bestBefore();
        lot.temperatureClass = product.temperatureClass();
        lot.createdAt = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        lots.persist(lot);
        return lot;
    }

    /** A shop's lots, newest first. */
    public Page<TraceLot> ofShop(UUID shopId, String after, int limit) {
        List<String> cursor = Cursor.decode(after, 2);
        if (cursor.isEmpty()) {
            return Page.of(lots.find("shopId = ?1 order by createdAt desc, id desc", shopId).page(0, limit + 1)
                    .list(), limit, l -> l, l -> Cursor.encode(l.createdAt, l.id));
        }
        Instant afterTime;
        UUID afterId;
        try {
            afterTime = Instant.parse(cursor.get(0));
            afterId = UUID.fromString(cursor.get(1));
        } catch (RuntimeException e) {
            throw ProblemException.invalidField("after", "detail.cursor-invalid");
        }
        List<TraceLot> rows = lots.find("shopId = ?1 and (createdAt < ?2 or (createdAt = ?2 and id < ?3)) "
                + "order by createdAt desc, id desc", shopId, afterTime, afterId).page(0, limit + 1).list();
        return Page.of(rows, limit, l -> l, l -> Cursor.encode(l.createdAt, l.id));
    }

    public Optional<TraceLot> byCode(TraceCode code) {
        return switch (code) {
            case TraceCode.GtinLot g -> lots.byEpcClass("https://id.gs1.org" + g.path());
            case TraceCode.ShortCode s -> lots.find("shortCode", s.code()).firstResultOptional();
        };
    }

    public Optional<TraceLot> byEpcClass(String epcClass) {
        return lots.byEpcClass(EpcisParser.canonical(epcClass));
    }

    /** The code printed on the lot's labels. */
    public TraceCode codeOf(TraceLot lot) {
        return lot.gtin != null ? new TraceCode.GtinLot(lot.gtin, lot.lotNumber)
                : new TraceCode.ShortCode(lot.shortCode);
    }

    private String freshShortCode() {
        for (int attempt = 0; attempt < 5; attempt++) {
            String code = DigitalLinks.newShortCode(random).code();
            if (!lots.shortCodeTaken(code)) {
                return code;
            }
        }
        throw new IllegalStateException("no free short code after five draws");
    }
}
