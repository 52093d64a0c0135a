package cn.huinong.market.catalog.trace;

import static cn.huinong.market.catalog.trace.TraceWorld.admin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The EPCIS 2.0 standard's own JSON-LD examples (test resources trace/gs1-examples), captured as they are by an
 * admin and queried back equal in meaning, each under the eventID it carries.
 */
@QuarkusTest
class Gs1ExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> EXAMPLES = List.of("Example_9.6.1-ObjectEvent.jsonld",
            "Example_9.6.3-AggregationEvent.jsonld", "Example_9.6.4-TransformationEvent.jsonld",
            "SensorDataExample1.jsonld");

    @Test
    void theStandardsExamplesAreCapturedAsTheyAreAndQueriedBackEqual() throws IOException {
        TraceWorld shop = new TraceWorld();
        Map<String, JsonNode> sent = new HashMap<>();
        for (String example : EXAMPLES) {
            String text = read(example);
            JsonNode document = JSON.readTree(text);
            List<String> ids = given().auth().oauth2(admin()).contentType("application/ld+json").body(text)
                    .post(shop.base() + "/capture").then().statusCode(201).extract().path("events.eventId");
            JsonNode events = document.path("epcisBody").path("eventList");
            for (int i = 0; i < events.size(); i++) {
                // the sender's eventID is kept as the event's id (the examples' published ids are not the CBV 2.0
                // hashes of the final algorithm, which the reference vectors in EventHasherTest pin down)
                assertEquals(events.get(i).path("eventID").asText(), ids.get(i), example + " event " + i);
                sent.put(events.get(i).path("eventID").asText(), events.get(i));
            }
        }
        String body = given().auth().oauth2(admin()).queryParam("limit", 100).get(shop.base() + "/events").then()
                .statusCode(200).extract().asString();
        JsonNode items = JSON.readTree(body).path("items");
        assertEquals(5, items.size());
        for (JsonNode stored : items) {
            ObjectNode event = stored.deepCopy();
            assertEquals(JSON.readTree(read(EXAMPLES.get(0))).path("@context"), event.remove("@context"));
            assertEquals(sent.get(event.path("eventID").asText()), event);
        }
        given().auth().oauth2(admin()).queryParam("EQ_bizTransaction", "http://transaction.acme.com/po/12345678")
                .get(shop.base() + "/events").then().statusCode(200)
                .body("items.size()", equalTo(2));
        given().auth().oauth2(admin()).queryParam("MATCH_epc", "urn:epc:id:sgtin:4012345.011111.9876")
                .get(shop.base() + "/events").then().statusCode(200)
                .body("items[0].sensorElementList.size()", equalTo(3));
    }

    private static String read(String name) throws IOException {
        try (InputStream in = Gs1ExamplesTest.class.getResourceAsStream("/trace/gs1-examples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
