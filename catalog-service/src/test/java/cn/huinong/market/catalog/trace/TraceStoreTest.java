package cn.huinong.market.catalog.trace;

import static cn.huinong.market.catalog.trace.TraceEvents.document;
import static cn.huinong.market.catalog.trace.TraceEvents.objectEvent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.huinong.market.common.paging.Page;
import cn.huinong.market.common.problem.ProblemException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(TraceTestProfile.class)
class TraceStoreTest {

    @Inject TraceCaptureService capture;

    @Inject TraceQueryService query;

    @Inject ChainVerifier verifier;

    @Inject TraceSealService seals;

    @Inject LotService lots;

    @Inject TestTraceFacts facts;

    private final UUID shop = UUID.randomUUID();
    private final OffsetDateTime t0 = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusDays(3).withNano(0);

    @BeforeEach
    void clean() {
        TraceDb.clean();
    }

    private static String lot(int i) {
        return "https://id.gs1.org/01/06901234567892/10/L" + i;
    }

    @Test
    void aRetriedDocumentCreatesNothingAndAnswersTheStoredIds() {
        ObjectNode doc = document(objectEvent(t0, "commissioning", lot(1), 100),
                objectEvent(t0.plusHours(1), "inspecting", lot(1), 100));
        List<CapturedEvent> first = capture.captureDocument(shop, doc);
        assertEquals(2, first.size());
        assertTrue(first.stream().allMatch(CapturedEvent::created));
        assertTrue(first.get(0).eventId().startsWith("ni:///sha-256;"));
        assertEquals(first.get(0).hash(), first.get(0).eventId());

        List<CapturedEvent> retry = capture.captureDocument(shop, doc);
        assertEquals(first.stream().map(CapturedEvent::eventId).toList(),
                retry.stream().map(CapturedEvent::eventId).toList());
        assertTrue(retry.stream().noneMatch(CapturedEvent::created));
        assertEquals(2, TraceDb.count("SELECT count(*) FROM trace_event"));

        // the same event alone, spelled differently (CBV 1 URN, other time zone), is still the same event
        ObjectNode alone = objectEvent(t0.withOffsetSameInstant(ZoneOffset.UTC),
                "urn:epcglobal:cbv:bizstep:commissioning",
                "urn:epc:class:lgtin:6901234.056789.L1", 100);
        alone.put("eventTimeZoneOffset", "+08:00");
        CapturedEvent again = capture.captureEvent(shop, alone);
        assertFalse(again.created());
        assertEquals(first.get(0).eventId(), again.eventId());
    }

    @Test
    void aDocumentWithOneBadEventStoresNothing() {
        ObjectNode bad = objectEvent(t0, "commissioning", lot(2), 5);
        bad.put("type", "HarvestEvent");
        ProblemException e = assertThrows(ProblemException.class,
                () -> capture.captureDocument(shop, document(objectEvent(t0, "commissioning", lot(1), 5), bad)));
        assertEquals("epcisBody.eventList[1].type", e.errors().get(0).field());
        assertEquals(0, TraceDb.count("SELECT count(*) FROM trace_event"));
    }

    @Test
    void eventsAreQueriedByTheEpcisParametersAndPaged() {
        UUID otherShop = UUID.randomUUID();
        List<ObjectNode> events = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            events.add(objectEvent(t0.plusMinutes(i), i % 3 == 0 ? "inspecting" : "commissioning", lot(i % 5), i + 1));
        }
        capture.captureDocument(shop, document(events.toArray(ObjectNode[]::new)));
        capture.captureEvent(otherShop, objectEvent(t0, "inspecting", lot(0), 999));
        capture.captureEvent(shop, TraceEvents.shipping(t0.plusHours(5),
                List.of("urn:epc:id:sgtin:6901234.056789.1001"), "8c1f6a2e-0000-4000-8000-000000000001"));

        EventQuery mine = EventQuery.all().forShop(shop);
        assertEquals(10, all(mine.withBizSteps("inspecting")).size());
        assertEquals(10, all(mine.withBizSteps("https://ref.gs1.org/cbv/BizStep-inspecting")).size());
        assertEquals(11, all(EventQuery.all().withBizSteps("inspecting")).size(), "both shops");
        assertEquals(6, all(mine.withEpcClasses("urn:epc:class:lgtin:6901234.056789.L3")).size());
        assertEquals(10, all(mine.between(t0.plusMinutes(10), t0.plusMinutes(20))).size());
        assertEquals(1, all(mine.withEpcs("https://id.gs1.org/01/06901234567892/21/1001")).size());
        assertEquals(1, all(mine.withBizTransactions("urn:huinong:order:8c1f6a2e-0000-4000-8000-000000000001")).size());
        assertEquals(0, all(mine.withTypes(EpcisEventType.AggregationEvent)).size());

        Page<StoredEvent> page = query.events(mine, null, 7);
        assertEquals(7, page.items().size());
        assertNotNull(page.nextCursor());
        List<StoredEvent> everything = all(mine);
        assertEquals(31, everything.size());
        assertEquals(everything.size(), new HashSet<>(everything.stream().map(StoredEvent::eventId).toList()).size());
        // stored as sent, plus its id and context: equal in meaning
        StoredEvent firstStored = everything.get(0);
        assertEquals(events.get(0).get("quantityList"), firstStored.document().get("quantityList"));
        assertEquals(firstStored.eventId(), firstStored.document().get("eventID").asText());
    }

    @Test
    void eventsAreAppendOnly() throws Exception {
        capture.captureEvent(shop, objectEvent(t0, "commissioning", lot(1), 1));
        try (Connection c = TraceDb.connect(); Statement sql = c.createStatement()) {
            var update = assertThrows(java.sql.SQLException.class,
                    () -> sql.executeUpdate("UPDATE trace_event SET biz_step = 'x'"));
            assertTrue(update.getMessage().contains("append-only"));
            assertThrows(java.sql.SQLException.class, () -> sql.executeUpdate("DELETE FROM trace_event"));
            assertThrows(java.sql.SQLException.class, () -> sql.executeUpdate("DELETE FROM trace_event_key"));
        }
        assertEquals(1, TraceDb.count("SELECT count(*) FROM trace_event"));
    }

    @Test
    void theVerifierNamesEveryAlteredEventByItsId() throws Exception {
        // 2,000 events over two shops; 100 random rows of one shop altered behind the application's back
        UUID otherShop = UUID.randomUUID();
        for (int batch = 0; batch < 20; batch++) {
            List<ObjectNode> events = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                int n = batch * 100 + i;
                events.add(objectEvent(t0.plusSeconds(n), n % 2 == 0 ? "inspecting" : "commissioning", lot(n % 50),
                        n + 1));
            }
            capture.captureDocument(batch % 4 == 0 ? otherShop : shop, document(events.toArray(ObjectNode[]::new)));
        }
        ChainVerifier.Report clean = verifier.verify(shop);
        assertTrue(clean.intact(), () -> clean.broken().toString());
        assertEquals(1500, clean.checked());

        List<String> ids = TraceDb.strings("SELECT event_id FROM trace_event WHERE shop_id = ? ORDER BY seq", shop);
        List<String> altered = new ArrayList<>(ids);
        Collections.shuffle(altered, new Random(42));
        altered = altered.subList(0, 100);
        Random random = new Random(7);
        try (Connection c = TraceDb.connect(); Statement sql = c.createStatement()) {
            sql.execute("ALTER TABLE trace_event DISABLE TRIGGER trace_event_append_only");
            try {
                for (String id : altered) {
                    String edit = switch (random.nextInt(3)) {
                        case 0 -> "jsonb_set(document, '{quantityList,0,quantity}', '12345')";
                        case 1 -> "jsonb_set(document, '{eventTime}', '\"2020-01-01T00:00:00+08:00\"')";
                        default -> "document || '{\"certificationInfo\": \"https://forged.example/cert\"}'";
                    };
                    sql.executeUpdate("UPDATE trace_event SET document = " + edit + " WHERE event_id = '" + id + "'");
                }
            } finally {
                sql.execute("ALTER TABLE trace_event ENABLE TRIGGER trace_event_append_only");
            }
        }
        ChainVerifier.Report report = verifier.verify(shop);
        Set<String> found = new HashSet<>(report.broken().stream().map(ChainVerifier.BrokenEvent::eventId).toList());
        assertEquals(new HashSet<>(altered), found);
        String firstAltered = ids.stream().filter(altered::contains).findFirst().orElseThrow();
        assertEquals(firstAltered, report.firstBroken().eventId());
        assertTrue(verifier.verify(otherShop).intact());
    }

    @Test
    void aDaySealIsSignedAndStopsHoldingWhenADayEventIsAltered() throws Exception {
        for (int i = 0; i < 5; i++) {
            capture.captureEvent(shop, objectEvent(t0.plusMinutes(i), "commissioning", lot(i), 1));
        }
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        TraceSealService.Seal seal = seals.seal(shop, today);
        assertEquals(5, seal.eventCount());
        assertEquals("test-key", seal.keyId());
        assertTrue(seals.holds(seal));
        assertEquals(seal, seals.seal(shop, today), "sealing again returns the stored seal");

        TraceSealService.Seal forged = new TraceSealService.Seal(seal.shopId(), seal.day(), seal.eventCount(),
                seal.firstSeq(), seal.lastSeq(),
                (seal.merkleRoot().charAt(0) == '0' ? "1" : "0") + seal.merkleRoot().substring(1), seal.signature(),
                seal.keyId(), seal.sealedAt());
        assertFalse(seals.holds(forged));

        try (Connection c = TraceDb.connect(); Statement sql = c.createStatement()) {
            sql.execute("ALTER TABLE trace_event DISABLE TRIGGER trace_event_append_only");
            sql.executeUpdate("UPDATE trace_event SET chain_hash = md5(chain_hash) || md5(chain_hash)"
                    + " WHERE seq = (SELECT max(seq) FROM trace_event)");
            sql.execute("ALTER TABLE trace_event ENABLE TRIGGER trace_event_append_only");
        }
        assertFalse(seals.holds(seal));

        TraceSealService.Seal empty = seals.seal(UUID.randomUUID(), today);
        assertEquals(0, empty.eventCount());
        assertTrue(seals.holds(empty));
    }

    @Test
    void lotsBelongToTheShopOfTheirProductAndCarryTheirCode() {
        TraceFacts.ProductFacts beef = facts.product(shop, "清真牛肉", "6901234567892", "CHILLED");
        TraceFacts.ProductFacts walnuts = facts.product(shop, "核桃", null, "AMBIENT");
        UUID id = UUID.randomUUID();
        var request = new LotService.NewLot(id, beef.productId(), "NRG-2026/11", TraceLot.Origin.SLAUGHTER,
                LocalDate.of(2026, 11, 18), "622921", "马家村", new BigDecimal("182.500"), "KGM",
                LocalDate.of(2026, 12, 18));
        TraceLot lot = lots.create(shop, request);
        assertEquals("https://id.gs1.org/01/06901234567892/10/NRG-2026%2F11", lot.epcClass);
        assertEquals("CHILLED", lot.temperatureClass);
        assertEquals(lot.id, lots.create(shop, request).id, "a retried create returns the lot");
        assertEquals(lot.id, lots.byCode(DigitalLinks.parse(
                "https://trace.huinong.market/01/6901234567892/10/NRG-2026%2F11")).orElseThrow().id);

        TraceLot nuts = lots.create(shop, new LotService.NewLot(null, walnuts.productId(), "WN-1",
                TraceLot.Origin.HARVEST, LocalDate.of(2026, 9, 30), "622925", "梁家寺村", BigDecimal.TEN, "KGM", null));
        assertNull(nuts.gtin);
        assertEquals(LotService.PLATFORM_ID_BASE + "/t/" + nuts.shortCode, nuts.epcClass);
        assertEquals(nuts.id, lots.byCode(DigitalLinks.parse("/t/" + nuts.shortCode)).orElseThrow().id);

        ProblemException notMine = assertThrows(ProblemException.class,
                () -> lots.create(UUID.randomUUID(), new LotService.NewLot(null, walnuts.productId(), "WN-2",
                        TraceLot.Origin.HARVEST, LocalDate.of(2026, 9, 30), null, null, BigDecimal.ONE, "KGM", null)));
        assertEquals(404, notMine.type().status());
        assertThrows(ProblemException.class, () -> lots.create(shop, new LotService.NewLot(null, walnuts.productId(),
                "WN-1", TraceLot.Origin.HARVEST, LocalDate.of(2026, 9, 30), null, null, BigDecimal.ONE, "KGM", null)));
    }

    private List<StoredEvent> all(EventQuery q) {
        List<StoredEvent> out = new ArrayList<>();
        String after = null;
        do {
            Page<StoredEvent> page = query.events(q, after, 4);
            out.addAll(page.items());
            after = page.nextCursor();
        } while (after != null);
        return out;
    }
}
