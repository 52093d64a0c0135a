package cn.huinong.market.catalog.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.huinong.market.common.problem.ProblemException;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(TraceTestProfile.class)
class FarmerTemplatesTest {

    @Inject FarmerTemplates templates;

    @Inject LotService lots;

    @Inject TestTraceFacts facts;

    @Inject TraceGraphService graph;

    @Inject TraceQueryService query;

    @Inject ChainVerifier verifier;

    private final UUID shop = UUID.randomUUID();
    private final OffsetDateTime slaughtered = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusDays(1).withNano(0);
    private TraceLot carcass;
    private TraceLot brisket;
    private UUID halal;

    @BeforeEach
    void world() {
        TraceDb.clean();
        var beef = facts.product(shop, "清真牛肉", "6901234567892", "CHILLED");
        carcass = lots.create(shop, new LotService.NewLot(null, beef.productId(), "NX-0001", TraceLot.Origin.SLAUGHTER,
                slaughtered.toLocalDate(), "622921", "马家村", new BigDecimal("182.5"), "kg", null));
        brisket = lots.create(shop, new LotService.NewLot(null, beef.productId(), "NX-0001-BR",
                TraceLot.Origin.DERIVED, slaughtered.toLocalDate(), "622921", "马家村", new BigDecimal("12.4"), "kg",
                slaughtered.toLocalDate().plusDays(10)));
        halal = UUID.randomUUID();
        facts.certificate(new TraceFacts.CertificateFacts(halal, shop, "HALAL", "QZ-2026-031",
                LocalDate.now().minusYears(1), LocalDate.now().plusYears(1), true));
    }

    @Test
    void slaughterHalalCuttingColdChainAndRecallBecomeOneTraceableChain() {
        CapturedEvent slaughter = templates.recordOrigin(shop, carcass.id, slaughtered, "GS-622921-2026-0001873",
                "https://img.huinong.market/s/abc.jpg");
        assertTrue(slaughter.created());
        assertFalse(templates.recordOrigin(shop, carcass.id, slaughtered, "GS-622921-2026-0001873",
                "https://img.huinong.market/s/abc.jpg").created(), "a retried tap stores nothing");
        templates.attestHalal(shop, carcass.id, halal, slaughtered.plusMinutes(30));
        templates.inspect(shop, carcass.id, true, slaughtered.plusHours(1), null);
        templates.transform(shop, List.of(carcass.id), List.of(brisket.id), List.of(), slaughtered.plusHours(3));
        templates.coldReading(shop, brisket.id, new BigDecimal("3.5"), slaughtered.plusHours(5), null);
        CapturedEvent recall = templates.recall(shop, brisket.id, slaughtered.plusHours(8));

        TraceGraphService.Backward back = graph.backward(brisket.epcClass);
        assertTrue(back.identifiers().contains(carcass.epcClass));
        assertEquals(List.of("urn:huinong:quarantine:GS-622921-2026-0001873",
                FarmerTemplates.CERTIFICATE_BASE + "halal/" + halal), back.certificates());
        assertEquals(List.of("commissioning", "inspecting", "inspecting", "creating_class_instance",
                "sensor_reporting", "holding"),
                back.events().stream().map(e -> e.document().path("bizStep").asText()).toList());
        var stored = query.events(EventQuery.all().withBizSteps("holding"), null, 10).items();
        assertEquals(recall.eventId(), stored.get(0).eventId());
        assertEquals("recalled", stored.get(0).document().path("disposition").asText());
        assertEquals(new BigDecimal("182.5"), carcassQuantity(back));
        assertTrue(verifier.verify(shop).intact());
    }

    @Test
    void anotherShopsLotAndAnExpiredCertificateAreRefused() {
        UUID stranger = UUID.randomUUID();
        assertEquals(404, assertThrows(ProblemException.class,
                () -> templates.recordOrigin(stranger, carcass.id, slaughtered, null, null)).type().status());
        UUID expired = UUID.randomUUID();
        facts.certificate(new TraceFacts.CertificateFacts(expired, shop, "HALAL", "QZ-2020-001",
                LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1), true));
        ProblemException e = assertThrows(ProblemException.class,
                () -> templates.attestHalal(shop, carcass.id, expired, slaughtered));
        assertEquals("certificateId", e.errors().get(0).field());
        assertEquals(0, TraceDb.count("SELECT count(*) FROM trace_event"));
    }

    private static BigDecimal carcassQuantity(TraceGraphService.Backward back) {
        return back.events().get(0).document().path("quantityList").get(0).path("quantity").decimalValue();
    }
}
