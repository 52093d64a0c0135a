package cn.huinong.market.catalog.trace;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.List;

/** Small builders of EPCIS 2.0 JSON-LD for tests. */
final class TraceEvents {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String CONTEXT = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";

    private TraceEvents() {
    }

    static ObjectNode document(ObjectNode... events) {
        ObjectNode doc = JSON.createObjectNode();
        doc.putArray("@context").add(CONTEXT);
        doc.put("type", "EPCISDocument");
        doc.put("schemaVersion", "2.0");
        doc.put("creationDate", "2026-11-01T08:00:00+08:00");
        ArrayNode list = doc.putObject("epcisBody").putArray("eventList");
        for (ObjectNode e : events) {
            list.add(e);
        }
        return doc;
    }

    static ObjectNode base(String type, OffsetDateTime time) {
        ObjectNode e = JSON.createObjectNode();
        e.put("type", type);
        e.put("eventTime", time.toString());
        e.put("eventTimeZoneOffset", time.getOffset().getId().equals("Z") ? "+00:00" : time.getOffset().getId());
        return e;
    }

    /** An ObjectEvent about a quantity of a lot (commissioning at harvest or slaughter, inspecting…). */
    static ObjectNode objectEvent(OffsetDateTime time, String bizStep, String epcClass, double quantity) {
        ObjectNode e = base("ObjectEvent", time);
        e.put("action", "ADD");
        e.put("bizStep", bizStep);
        ObjectNode q = e.putArray("quantityList").addObject();
        q.put("epcClass", epcClass);
        q.put("quantity", quantity);
        q.put("uom", "KGM");
        e.putObject("readPoint").put("id", "urn:epc:id:sgln:6901234.00001.0");
        return e;
    }

    static ObjectNode transformation(OffsetDateTime time, List<String> inputClasses, List<String> outputClasses,
            List<String> outputEpcs) {
        ObjectNode e = base("TransformationEvent", time);
        e.put("bizStep", "creating_class_instance");
        ArrayNode in = e.putArray("inputQuantityList");
        inputClasses.forEach(c -> in.addObject().put("epcClass", c));
        if (!outputClasses.isEmpty()) {
            ArrayNode out = e.putArray("outputQuantityList");
            outputClasses.forEach(c -> out.addObject().put("epcClass", c));
        }
        if (!outputEpcs.isEmpty()) {
            ArrayNode out = e.putArray("outputEPCList");
            outputEpcs.forEach(out::add);
        }
        return e;
    }

    static ObjectNode shipping(OffsetDateTime time, List<String> epcs, String orderId) {
        ObjectNode e = base("ObjectEvent", time);
        e.put("action", "OBSERVE");
        e.put("bizStep", "shipping");
        e.put("disposition", "in_transit");
        ArrayNode list = e.putArray("epcList");
        epcs.forEach(list::add);
        ObjectNode t = e.putArray("bizTransactionList").addObject();
        t.put("type", "po");
        t.put("bizTransaction", TraceGraphService.ORDER_PREFIX + orderId);
        return e;
    }
}
