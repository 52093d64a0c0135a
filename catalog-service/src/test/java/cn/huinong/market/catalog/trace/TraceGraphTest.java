package cn.huinong.market.catalog.trace;

import static cn.huinong.market.catalog.trace.TraceEvents.document;
import static cn.huinong.market.catalog.trace.TraceEvents.objectEvent;
import static cn.huinong.market.catalog.trace.TraceEvents.shipping;
import static cn.huinong.market.catalog.trace.TraceEvents.transformation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One carcass → 12 cuts → 300 packs → 500 orders, traced forward and backward. */
@QuarkusTest
@TestProfile(TraceTestProfile.class)
class TraceGraphTest {

    private static final String HALAL = "https://huinong.market/certificates/halal/9f1b0c52";
    private static final String QUARANTINE = "urn:huinong:quarantine:GS-622921-2026-0001873";
    private static final String CARTON = "urn:epc:id:sscc:6901234.0000000017";

    @Inject TraceCaptureService capture;

    @Inject TraceGraphService graph;

    private final UUID shop = UUID.randomUUID();
    private final OffsetDateTime day = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusDays(2).withNano(0);
    private final List<UUID> orders = new ArrayList<>();

    @BeforeEach
    void slaughterCutPackShip() {
        TraceDb.clean();
        orders.clear();
        build("CARCASS-1", 12, 25, 500, orders);
        build("CARCASS-2", 1, 2, 3, new ArrayList<>()); // another animal: none of its orders may appear
    }

    private void build(String carcassLot, int cuts, int packsPerCut, int orderCount, List<UUID> orderIds) {
        String carcass = lotClass(carcassLot);
        ObjectNode slaughter = objectEvent(day, "commissioning", carcass, 182.5);
        ArrayNode certs = slaughter.putArray("certificationInfo");
        certs.add(HALAL);
        certs.add(QUARANTINE);
        List<String> cutClasses = new ArrayList<>();
        for (int c = 0; c < cuts; c++) {
            cutClasses.add(lotClass(carcassLot + "-C" + c));
        }
        List<ObjectNode> events = new ArrayList<>();
        events.add(slaughter);
        events.add(transformation(day.plusHours(2), List.of(carcass), cutClasses, List.of()));
        List<String> packs = new ArrayList<>();
        for (int c = 0; c < cuts; c++) {
            List<String> cutPacks = new ArrayList<>();
            for (int p = 0; p < packsPerCut; p++) {
                cutPacks.add("urn:epc:id:sgtin:6901234.156789." + carcassLot + "-" + c + "-" + p);
            }
            packs.addAll(cutPacks);
            events.add(transformation(day.plusHours(4).plusMinutes(c), List.of(cutClasses.get(c)), List.of(),
                    cutPacks));
        }
        capture.captureDocument(shop, document(events.toArray(ObjectNode[]::new)));
        if (carcassLot.equals("CARCASS-1")) {
            ObjectNode carton = TraceEvents.base("AggregationEvent", day.plusHours(6));
            carton.put("action", "ADD");
            carton.put("bizStep", "packing");
            carton.put("parentID", CARTON);
            ArrayNode children = carton.putArray("childEPCs");
            packs.subList(0, 10).forEach(children::add);
            capture.captureEvent(shop, carton);
        }
        List<ObjectNode> shipments = new ArrayList<>();
        for (int o = 0; o < orderCount; o++) {
            UUID order = UUID.randomUUID();
            orderIds.add(order);
            shipments.add(shipping(day.plusDays(1).plusSeconds(o), List.of(packs.get(o % packs.size())),
                    order.toString()));
            if (shipments.size() == 100 || o == orderCount - 1) {
                capture.captureDocument(shop, document(shipments.toArray(ObjectNode[]::new)));
                shipments.clear();
            }
        }
        if (carcassLot.equals("CARCASS-1")) {
            // the carton leaves for the first order too: reached through the carton, still one order
            capture.captureEvent(shop, shipping(day.plusDays(1).plusHours(2), List.of(CARTON),
                    orderIds.get(0).toString()));
        }
    }

    private static String lotClass(String lot) {
        return "https://id.gs1.org/01/06901234567892/10/" + lot;
    }

    @Test
    void forwardFromTheCarcassReachesExactlyItsFiveHundredOrders() {
        TraceGraphService.Forward forward = graph.forward(lotClass("CARCASS-1"));
        assertEquals(new HashSet<>(orders), new HashSet<>(forward.orders()));
        assertEquals(500, forward.orders().size());
        assertEquals(1 + 12 + 300 + 1, forward.identifiers().size(), "carcass, cuts, packs, carton");
        assertTrue(forward.identifiers().contains(EpcisParser.canonical(CARTON)));
        assertTrue(forward.otherTransactions().isEmpty());

        TraceGraphService.Forward oneCut = graph.forward(lotClass("CARCASS-1-C3"));
        assertTrue(oneCut.orders().size() < 500 && !oneCut.orders().isEmpty());
    }

    @Test
    void backwardFromAnyPackReachesTheCarcassItsSlaughterEventAndCertificates() {
        for (String pack : List.of("urn:epc:id:sgtin:6901234.156789.CARCASS-1-7-19",
                "https://id.gs1.org/01/16901234567899/21/CARCASS-1-0-0", CARTON)) {
            TraceGraphService.Backward back = graph.backward(pack);
            assertTrue(back.identifiers().contains(lotClass("CARCASS-1")), back.identifiers().toString());
            assertTrue(back.identifiers().stream().noneMatch(i -> i.contains("CARCASS-2")));
            Set<String> steps = new HashSet<>();
            back.events().forEach(e -> steps.add(e.document().path("bizStep").asText()));
            assertTrue(steps.contains("commissioning"), steps.toString());
            StoredEvent slaughter = back.events().stream()
                    .filter(e -> "commissioning".equals(e.document().path("bizStep").asText())).findFirst()
                    .orElseThrow();
            assertEquals(lotClass("CARCASS-1"),
                    slaughter.document().path("quantityList").get(0).path("epcClass").asText());
            assertEquals(List.of(HALAL, QUARANTINE), back.certificates());
        }
    }
}
