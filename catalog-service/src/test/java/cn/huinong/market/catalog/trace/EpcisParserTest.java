package cn.huinong.market.catalog.trace;

import static cn.huinong.market.catalog.trace.TraceEvents.JSON;
import static cn.huinong.market.catalog.trace.TraceEvents.document;
import static cn.huinong.market.catalog.trace.TraceEvents.objectEvent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.huinong.market.common.problem.Problem.FieldError;
import cn.huinong.market.common.testing.MutableClock;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EpcisParserTest {

    private static final Instant NOW = Instant.parse("2026-11-20T04:00:00Z");
    private static final String LOT = "https://id.gs1.org/01/06901234567892/10/NRG-01";

    private final MutableClock clock = new MutableClock(NOW, ZoneOffset.UTC);
    private final EpcisParser parser = new EpcisParser(clock);

    @Test
    void theReferenceExamplesAreReadWithTheirFacts() throws Exception {
        var transaction = parser.document(JSON.readTree(Vectors.bytes("TransactionEvent_all_possible_fields.json")));
        assertEquals(1, transaction.size());
        EpcisEvent event = transaction.get(0);
        assertEquals(EpcisEventType.TransactionEvent, event.type());
        assertEquals("https://ref.gs1.org/cbv/BizStep-shipping", event.bizStep());
        assertEquals("https://ref.gs1.org/cbv/Disp-in_transit", event.disposition());
        assertEquals(List.of("https://ref.gs1.org/cbv/BTT-po", "https://ref.gs1.org/cbv/BTT-pedigree"),
                event.bizTransactions().stream().map(EpcisEvent.BizTransaction::type).toList());
        assertEquals(List.of("https://accreditation-council.example.org/certificate/ABC12345"), event.certifications());
        assertTrue(event.isErrorDeclaration());
        assertEquals(List.of("https://id.gs1.org/01/04012345111118/10/4444"), event.epcClasses());
        assertTrue(event.epcs().contains("https://id.gs1.org/00/106141412345678908"));
        // the sender's eventID is kept; the hash is still computed
        assertTrue(event.eventId().startsWith("ni:///sha-256;45a99ca9"));
        assertEquals("ni:///sha-256;4a85d64a96409f0c57baed258666b26d83e6690d204a8aaed4c7e2624d8b0c81?ver=CBV2.0",
                event.hash());

        var sensor = parser.document(JSON.readTree(Vectors.bytes("ReferenceEventHashAlgorithm2.jsonld")));
        assertEquals(sensor.get(0).hash(), sensor.get(0).eventId(), "no eventID given: the hash is the id");
    }

    @Test
    void bizStepsAreAcceptedShortFullOrAsCbv1Urns() {
        OffsetDateTime time = NOW.atOffset(ZoneOffset.ofHours(8));
        for (String step : List.of("commissioning", "https://ref.gs1.org/cbv/BizStep-commissioning",
                "urn:epcglobal:cbv:bizstep:commissioning")) {
            EpcisEvent e = parser.event(objectEvent(time, step, LOT, 10));
            assertEquals("https://ref.gs1.org/cbv/BizStep-commissioning", e.bizStep());
        }
        // the three spellings are one event
        assertEquals(parser.event(objectEvent(time, "commissioning", LOT, 10)).hash(),
                parser.event(objectEvent(time, "urn:epcglobal:cbv:bizstep:commissioning", LOT, 10)).hash());
    }

    @Test
    void everyFieldErrorIsNamed() {
        OffsetDateTime time = NOW.atOffset(ZoneOffset.ofHours(8));
        ObjectNode noTime = objectEvent(time, "commissioning", LOT, 10);
        noTime.remove("eventTime");
        ObjectNode unknownType = objectEvent(time, "commissioning", LOT, 10);
        unknownType.put("type", "HarvestEvent");
        ObjectNode future = objectEvent(OffsetDateTime.ofInstant(NOW.plus(Duration.ofHours(25)), ZoneOffset.UTC),
                "commissioning", LOT, 10);
        ObjectNode badClass = objectEvent(time, "commissioning", "lot 7 of walnuts", 10);
        ObjectNode badStep = objectEvent(time, "dancing", LOT, 10);
        ObjectNode noAction = objectEvent(time, "commissioning", LOT, 10);
        noAction.remove("action");
        ObjectNode badTime = objectEvent(time, "commissioning", LOT, 10);
        badTime.put("eventTime", "yesterday");

        EpcisValidationException e = assertThrows(EpcisValidationException.class,
                () -> parser.document(document(noTime, unknownType, future, badClass, badStep, noAction, badTime)));
        Map<String, String> errors = e.errors().stream()
                .collect(Collectors.toMap(FieldError::field, FieldError::message, (a, b) -> a + " / " + b));
        assertEquals("Required: an ISO 8601 time with offset.", errors.get("epcisBody.eventList[0].eventTime"));
        assertEquals("Unknown event type 'HarvestEvent'.", errors.get("epcisBody.eventList[1].type"));
        assertEquals("Lies more than a day in the future.", errors.get("epcisBody.eventList[2].eventTime"));
        assertTrue(errors.get("epcisBody.eventList[3].quantityList[0].epcClass").contains("Digital Link"));
        // a refused quantity element leaves the event naming no objects at all
        assertTrue(errors.get("epcisBody.eventList[3].epcList").contains("epcList or quantityList"));
        assertTrue(errors.get("epcisBody.eventList[4].bizStep").contains("dancing"));
        assertEquals("Required: ADD, OBSERVE or DELETE.", errors.get("epcisBody.eventList[5].action"));
        assertTrue(errors.get("epcisBody.eventList[6].eventTime").contains("yesterday"));
        assertEquals(8, errors.size(), errors.toString());
    }

    @Test
    void anEventJustUnderADayAheadIsAcceptedAndMovingTheClockChangesThat() {
        ObjectNode soon = objectEvent(OffsetDateTime.ofInstant(NOW.plus(Duration.ofHours(23)), ZoneOffset.UTC),
                "commissioning", LOT, 10);
        parser.event(soon);
        clock.set(NOW.minus(Duration.ofHours(2)));
        assertThrows(EpcisValidationException.class, () -> parser.event(soon));
    }

    @Test
    void documentsNeedTheStandardContextAndTheirRequiredFields() {
        ObjectNode doc = document(objectEvent(NOW.atOffset(ZoneOffset.UTC), "commissioning", LOT, 10));
        doc.putArray("@context").add("https://example.com/my-context.jsonld");
        doc.remove("schemaVersion");
        ObjectNode event = (ObjectNode) doc.path("epcisBody").path("eventList").get(0);
        event.remove("quantityList");
        EpcisValidationException e = assertThrows(EpcisValidationException.class, () -> parser.document(doc));
        List<String> fields = e.errors().stream().map(FieldError::field).toList();
        assertTrue(fields.contains("@context"), fields.toString());
        assertTrue(fields.contains("schemaVersion"), fields.toString());
        assertTrue(fields.contains("epcisBody.eventList[0].epcList"), fields.toString());

        assertThrows(EpcisValidationException.class, () -> parser.document(JSON.createArrayNode()));
        ObjectNode empty = document();
        assertEquals("epcisBody.eventList",
                assertThrows(EpcisValidationException.class, () -> parser.document(empty)).errors().get(0).field());
    }

    /** The reference vectors live beside the hash test. */
    static final class Vectors {

        static byte[] bytes(String name) throws java.io.IOException {
            return EventHasherTest.resource(name);
        }
    }
}
