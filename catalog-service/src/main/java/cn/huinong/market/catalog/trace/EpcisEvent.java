package cn.huinong.market.catalog.trace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One validated EPCIS 2.0 event: the facts the repository indexes and reasons about, beside the event's JSON-LD as
 * sent ({@link #json()}, stored unchanged so it is queried back equal in meaning). Identifiers carrying a GS1 key
 * are given in the canonical Digital Link form ({@link Gs1UriNormaliser}), vocabulary as full CBV URIs.
 *
 * @param hash      the CBV 2.0 event hash: the event's identity
 * @param eventId   the sender's eventID, else the hash
 * @param epcs      every instance identifier named (epcList, parentID, childEPCs, input/output EPCs)
 * @param epcClasses every class named in a quantity list
 * @param inputs    what a transformation consumed (EPCs and classes)
 * @param outputs   what a transformation produced (EPCs and classes)
 */
public record EpcisEvent(EpcisEventType type, OffsetDateTime eventTime, String hash, String eventId, String action,
        String bizStep, String disposition, String parentId, List<String> childIds, List<String> epcs,
        List<String> epcClasses, List<String> inputs, List<String> outputs, List<BizTransaction> bizTransactions,
        List<String> certifications, ObjectNode json, JsonNode context) {

    public record BizTransaction(String type, String id) {
    }

    public boolean isErrorDeclaration() {
        return json.has("errorDeclaration");
    }
}
