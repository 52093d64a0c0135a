package cn.huinong.market.catalog.trace;

import cn.huinong.market.common.csv.CsvWriter;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The whole chain of a lot as CSV, one line per tracking event with its key data elements (when, what, where, why,
 * which step and state): everything upstream and downstream of the lot, by event time.
 */
@ApplicationScoped
public class TraceExportService {

    static final List<String> HEADER = List.of("eventTime", "eventType", "action", "bizStep", "disposition", "what",
            "readPoint", "bizLocation", "bizTransactions", "certificationInfo", "eventID");

    @Inject TraceGraphService graph;

    public String csv(TraceLot lot) {
        Set<String> identifiers = new LinkedHashSet<>(graph.backward(lot.epcClass).identifiers());
        identifiers.addAll(graph.forward(lot.epcClass).identifiers());
        List<List<String>> rows = new ArrayList<>();
        for (StoredEvent stored : graph.eventsNaming(List.copyOf(identifiers))) {
            JsonNode e = stored.document();
            rows.add(List.of(e.path("eventTime").asText(), e.path("type").asText(), e.path("action").asText(""),
                    nullToEmpty(EventFields.bizStep(e)), nullToEmpty(EventFields.disposition(e)), what(e),
                    e.path("readPoint").path("id").asText(""), e.path("bizLocation").path("id").asText(""),
                    join(e.path("bizTransactionList"), "bizTransaction"),
                    String.join(" ", EventFields.certifications(e)), stored.eventId()));
        }
        return CsvWriter.write(HEADER, rows);
    }

    private static String what(JsonNode e) {
        List<String> parts = new ArrayList<>();
        for (String list : List.of("epcList", "childEPCs", "inputEPCList", "outputEPCList")) {
            e.path(list).forEach(x -> parts.add(x.asText()));
        }
        if (e.hasNonNull("parentID")) {
            parts.add(0, e.path("parentID").asText());
        }
        for (String list : List.of("quantityList", "childQuantityList", "inputQuantityList", "outputQuantityList")) {
            e.path(list).forEach(q -> parts.add(q.path("epcClass").asText()
                    + (q.has("quantity") ? " x" + q.path("quantity").asText() + q.path("uom").asText("") : "")));
        }
        return String.join(" ", parts);
    }

    private static String join(JsonNode list, String field) {
        List<String> out = new ArrayList<>();
        list.forEach(x -> out.add(x.path(field).asText()));
        return String.join(" ", out);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
