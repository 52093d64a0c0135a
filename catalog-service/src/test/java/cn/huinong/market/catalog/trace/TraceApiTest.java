package cn.huinong.market.catalog.trace;

import static cn.huinong.market.catalog.trace.TraceEvents.document;
import static cn.huinong.market.catalog.trace.TraceEvents.objectEvent;
import static cn.huinong.market.catalog.trace.TraceWorld.admin;
import static cn.huinong.market.catalog.trace.TraceWorld.buyer;
import static cn.huinong.market.catalog.trace.TraceWorld.get;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The trace REST API against the real catalog: role and ownership, capture, query, chain, seals and labels. */
@QuarkusTest
class TraceApiTest {

    private final OffsetDateTime t0 = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusDays(1).withNano(0);

    private static long events(UUID shop) {
        return TraceDb.count("SELECT count(*) FROM trace_event WHERE shop_id = ?", shop);
    }

    @Test
    void aSellerKeepsLotsOfItsOwnProductsAndNobodyElseSeesThem() {
        TraceWorld a = new TraceWorld();
        TraceWorld b = new TraceWorld();
        String lot = a.lot("NX-0001", "SLAUGHTER");
        get(a.token(), "/api/catalog/trace/lots/" + lot).statusCode(200)
                .body("shopId", equalTo(a.shop.toString()))
                .body("temperatureClass", equalTo("CHILLED"))
                .body("traceCode", startsWith("/t/"))
                .body("epcClass", startsWith(LotService.PLATFORM_ID_BASE + "/t/"));
        get(a.token(), a.base() + "/lots").statusCode(200).body("items.id", equalTo(List.of(lot)));
        get(admin(), a.base() + "/lots").statusCode(200).body("items", hasSize(1));

        get(b.token(), "/api/catalog/trace/lots/" + lot).statusCode(404);
        get(b.token(), a.base() + "/lots").statusCode(404);
        get(buyer(), a.base() + "/lots").statusCode(403);
        get(buyer(), "/api/catalog/trace/lots/" + lot).statusCode(403);
        // another shop's product, in one's own shop or in theirs
        b.post(b.token(), b.base() + "/lots", Map.of("productId", a.product, "lotNumber", "X1", "origin",
                "HARVEST", "originDate", "2026-10-01", "quantity", 1, "unit", "kg")).statusCode(404);
        b.post(b.token(), a.base() + "/lots", Map.of("productId", a.product, "lotNumber", "X1", "origin",
                "HARVEST", "originDate", "2026-10-01", "quantity", 1, "unit", "kg")).statusCode(404);
        b.post(buyer(), b.base() + "/lots", Map.of()).statusCode(403);
        // missing fields: one problem naming them all
        a.post(a.token(), a.base() + "/lots", Map.of("lotNumber", "X2")).statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(containsString("productId")))
                .body("errors.field", hasItem(containsString("origin")));
        assertEquals(1, TraceDb.count("SELECT count(*) FROM trace_lot WHERE shop_id = ?", a.shop));
        get(b.token(), "/api/catalog/trace/lots/" + lot + "/label.png").statusCode(404);
        byte[] png = given().auth().oauth2(a.token()).get("/api/catalog/trace/lots/" + lot + "/label.png").then()
                .statusCode(200).contentType("image/png").extract().asByteArray();
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
        given().auth().oauth2(a.token()).get("/api/catalog/trace/lots/" + lot + "/label.svg").then()
                .statusCode(200).contentType("image/svg+xml").body(containsString("<svg"));
    }

    @Test
    void aDocumentIsCapturedOnceAndQueriedByTheStandardParameters() {
        TraceWorld a = new TraceWorld();
        String lot = a.lot("NX-0002", "SLAUGHTER");
        String epcClass = a.epcClass(lot);
        ObjectNode doc = document(objectEvent(t0, "commissioning", epcClass, 180),
                objectEvent(t0.plusHours(2), "inspecting", epcClass, 180));
        given().auth().oauth2(a.token()).contentType("application/ld+json").body(doc.toString())
                .post(a.base() + "/capture").then().statusCode(201)
                .body("created", equalTo(2))
                .body("events[0].eventId", startsWith("ni:///sha-256;"));
        // a phone on weak 4G sends it again: nothing new
        given().auth().oauth2(a.token()).contentType(ContentType.JSON).body(doc.toString())
                .post(a.base() + "/capture").then().statusCode(200).body("created", equalTo(0));
        assertEquals(2, events(a.shop));

        String q = a.base() + "/events";
        get(a.token(), q + "?EQ_bizStep=inspecting").statusCode(200).body("items", hasSize(1))
                .body("items[0].bizStep", equalTo("inspecting"));
        get(a.token(), q + "?eventType=ObjectEvent&MATCH_epcClass=" + epcClass).statusCode(200)
                .body("items", hasSize(2));
        get(a.token(), q + "?eventType=AggregationEvent").statusCode(200).body("items", hasSize(0));
        given().auth().oauth2(a.token()).queryParam("GE_eventTime", t0.plusHours(1).toString())
                .queryParam("LT_eventTime", t0.plusHours(3).toString()).get(q).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].bizStep", equalTo("inspecting"));
        String next = get(a.token(), q + "?limit=1").statusCode(200).body("items", hasSize(1))
                .body("nextCursor", notNullValue()).extract().path("nextCursor");
        given().auth().oauth2(a.token()).queryParam("after", next).queryParam("limit", 1).get(q).then()
                .statusCode(200).body("items[0].bizStep", equalTo("inspecting"));
        get(a.token(), q + "?eventType=BogusEvent").statusCode(400).body("errors[0].field", equalTo("eventType"));

        TraceWorld b = new TraceWorld();
        get(b.token(), q).statusCode(404);
        get(buyer(), q).statusCode(403);
        get(admin(), q).statusCode(200).body("items", hasSize(2));
        // another seller may not write into this shop, nor name this shop's lot in its own
        given().auth().oauth2(b.token()).contentType(ContentType.JSON)
                .body(objectEvent(t0, "shipping", epcClass, 1).toString()).post(a.base() + "/events").then()
                .statusCode(404);
        given().auth().oauth2(b.token()).contentType(ContentType.JSON)
                .body(objectEvent(t0, "shipping", epcClass, 1).toString()).post(b.base() + "/events").then()
                .statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(buyer()).contentType(ContentType.JSON)
                .body(objectEvent(t0, "shipping", epcClass, 1).toString()).post(a.base() + "/events").then()
                .statusCode(403);
        assertEquals(0, events(b.shop));
        assertEquals(2, events(a.shop));
    }

    @Test
    void badInputIsAClearProblemAndStoresNothing() {
        TraceWorld a = new TraceWorld();
        String epcClass = a.epcClass(a.lot("NX-0003", "SLAUGHTER"));
        String capture = a.base() + "/capture";
        ObjectNode good = objectEvent(t0, "commissioning", epcClass, 1);

        ObjectNode missing = objectEvent(t0, "inspecting", epcClass, 1);
        missing.remove("eventTime");
        send(a, capture, document(good, missing).toString()).statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("epcisBody.eventList[1].eventTime"));

        ObjectNode unknown = objectEvent(t0, "inspecting", epcClass, 1);
        unknown.put("type", "TeleportationEvent");
        send(a, capture, document(good, unknown).toString()).statusCode(400)
                .body("errors.field", hasItem("epcisBody.eventList[1].type"));

        ObjectNode future = objectEvent(OffsetDateTime.now(ZoneOffset.UTC).plusDays(2), "inspecting", epcClass, 1);
        send(a, capture, document(good, future).toString()).statusCode(400)
                .body("errors.field", hasItem("epcisBody.eventList[1].eventTime"));

        send(a, capture, "{\"@context\": [\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\",")
                .statusCode(400).contentType("application/problem+json")
                .body("type", containsString("malformed-json"));
        ObjectNode badContext = document(good);
        badContext.put("@context", 42);
        send(a, capture, badContext.toString()).statusCode(400).body("errors.field", hasItem("@context"));

        StringBuilder huge = new StringBuilder(11 * 1024 * 1024);
        huge.append("{\"type\":\"EPCISDocument\",\"padding\":\"");
        while (huge.length() < 10 * 1024 * 1024 + 512 * 1024) {
            huge.append("0123456789abcdef");
        }
        huge.append("\"}");
        send(a, capture, huge.toString()).statusCode(413).contentType("application/problem+json");

        assertEquals(0, events(a.shop), "nothing of a rejected document is stored");
    }

    private static io.restassured.response.ValidatableResponse send(TraceWorld w, String path, String body) {
        return given().auth().oauth2(w.token()).contentType(ContentType.JSON).body(body).post(path).then();
    }

    @Test
    void theChainNamesTheFirstTamperedEventAndDaysAreSealed() throws Exception {
        TraceWorld a = new TraceWorld();
        String epcClass = a.epcClass(a.lot("NX-0004", "SLAUGHTER"));
        List<String> ids = given().auth().oauth2(a.token()).contentType(ContentType.JSON)
                .body(document(objectEvent(t0, "commissioning", epcClass, 10),
                        objectEvent(t0.plusHours(1), "inspecting", epcClass, 10),
                        objectEvent(t0.plusHours(2), "packing", epcClass, 10)).toString())
                .post(a.base() + "/capture").then().statusCode(201).extract().path("events.eventId");
        String chain = a.base() + "/chain";
        get(a.token(), chain).statusCode(200).body("checked", equalTo(3)).body("firstBroken", nullValue());
        get(new TraceWorld().token(), chain).statusCode(404);

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        a.post(a.token(), a.base() + "/seals/" + today, Map.of()).statusCode(403);
        a.post(admin(), a.base() + "/seals/" + today, Map.of()).statusCode(200).body("eventCount", equalTo(3))
                .body("keyId", equalTo("test-key"));
        get(a.token(), a.base() + "/seals?from=" + today + "&to=" + today).statusCode(200)
                .body("merkleRoot", hasSize(1));
        given().get("/api/catalog/trace/seals/key").then().statusCode(200).body("algorithm", equalTo("Ed25519"))
                .body("publicKey", startsWith("MCow"));

        try (Connection c = TraceDb.connect(); Statement sql = c.createStatement()) {
            sql.execute("ALTER TABLE trace_event DISABLE TRIGGER trace_event_append_only");
            try {
                sql.executeUpdate("UPDATE trace_event SET document = jsonb_set(document, '{bizStep}', "
                        + "'\"shipping\"') WHERE event_id = '" + ids.get(1) + "'");
            } finally {
                sql.execute("ALTER TABLE trace_event ENABLE TRIGGER trace_event_append_only");
            }
        }
        get(admin(), chain).statusCode(200).body("firstBroken.eventId", equalTo(ids.get(1)))
                .body("broken", hasSize(1));
    }

    @Test
    void capturedEventsCarryTheirHashAsId() {
        TraceWorld a = new TraceWorld();
        String epcClass = a.epcClass(a.lot("NX-0005", "HARVEST"));
        String id = given().auth().oauth2(a.token()).contentType(ContentType.JSON)
                .body(objectEvent(t0, "commissioning", epcClass, 5).toString()).post(a.base() + "/events").then()
                .statusCode(201).body("created", equalTo(1)).extract().path("events[0].eventId");
        assertTrue(id.startsWith("ni:///sha-256;") && id.endsWith("?ver=CBV2.0"), id);
    }
}
