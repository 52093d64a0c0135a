package cn.huinong.market.catalog.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The CBV 2.0 event hash against the reference implementation's own examples (see hash-vectors/README.md). */
class EventHasherTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"ReferenceEventHashAlgorithm2.jsonld", "TransactionEvent_all_possible_fields.json"})
    void preHashesAndHashesAreTheReferenceOnes(String example) throws IOException {
        JsonNode document = JSON.readTree(resource(example));
        String base = example.substring(0, example.lastIndexOf('.'));
        List<String> preHashes = lines(resource(base + ".prehashes"));
        List<String> hashes = lines(resource(base + ".hashes"));
        JsonNode events = document.path("epcisBody").path("eventList");
        assertEquals(preHashes.size(), events.size());
        for (int i = 0; i < events.size(); i++) {
            assertEquals(preHashes.get(i), EventHasher.preHash(events.get(i), document.get("@context")),
                    example + " event " + i);
            assertEquals(hashes.get(i), EventHasher.hash(events.get(i), document.get("@context")));
        }
    }

    @Test
    void theIdentityIgnoresEventIdRecordTimeAndPropertyOrderButNotTheFacts() throws IOException {
        JsonNode document = JSON.readTree(resource("ReferenceEventHashAlgorithm2.jsonld"));
        ObjectNode event = (ObjectNode) document.path("epcisBody").path("eventList").get(0);
        String original = EventHasher.hash(event, document.get("@context"));

        ObjectNode retried = event.deepCopy();
        retried.put("eventID", "urn:uuid:7d0c1f0e-0000-4000-8000-000000000001");
        retried.put("recordTime", "2024-01-01T00:00:00Z");
        retried.put("bizStep", "https://ref.gs1.org/cbv/BizStep-inspecting");
        retried.put("eventTime", "2020-04-01T14:00:00.000Z");
        assertEquals(original, EventHasher.hash(retried, document.get("@context")));

        ObjectNode changed = event.deepCopy();
        changed.put("bizStep", "shipping");
        assertNotEquals(original, EventHasher.hash(changed, document.get("@context")));
    }

    @Test
    void numbersAreWrittenAsTheReferenceDoes() {
        assertEquals("26", EventHasher.pythonNumber(new java.math.BigDecimal("26.0")));
        assertEquals("0.05", EventHasher.pythonNumber(new java.math.BigDecimal("0.05")));
        assertEquals("0.0001", EventHasher.pythonNumber(new java.math.BigDecimal("0.0001")));
        assertEquals("1e-05", EventHasher.pythonNumber(new java.math.BigDecimal("0.00001")));
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = EventHasherTest.class.getResourceAsStream("/trace/hash-vectors/" + name)) {
            return in.readAllBytes();
        }
    }

    private static List<String> lines(byte[] bytes) {
        List<String> out = new ArrayList<>();
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                out.add(line.strip());
            }
        }
        return out;
    }
}
