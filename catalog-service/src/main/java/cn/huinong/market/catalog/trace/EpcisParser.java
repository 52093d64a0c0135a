package cn.huinong.market.catalog.trace;

import cn.huinong.market.catalog.trace.CbvVocabulary.Slot;
import cn.huinong.market.common.problem.Problem.FieldError;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads EPCIS 2.0 JSON-LD documents and events into {@link EpcisEvent}s, checking what the standard requires (per
 * event type), the CBV vocabulary, identifier syntax and the platform's rule that an event may not lie more than a
 * day in the future. Every problem is reported with the path of its field; nothing is returned unless all is well.
 */
@ApplicationScoped
public class EpcisParser {

    static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);
    private static final Pattern URI = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:\\S+$");
    private static final Pattern OFFSET = Pattern.compile("^[+-]((0\\d|1[0-3]):[0-5]\\d|14:00)$");
    private static final Pattern EPC_CLASS = Pattern
            .compile("^(urn:epc:class:lgtin:\\S+|urn:epc:idpat:\\S+|https?://\\S+)$");
    private static final Set<String> ACTIONS = Set.of("ADD", "OBSERVE", "DELETE");

    private final Clock clock;
    private final CbvVocabulary cbv = CbvVocabulary.standard();

    @Inject
    public EpcisParser(Clock clock) {
        this.clock = clock;
    }

    /** The events of an EPCISDocument, in document order. */
    public List<EpcisEvent> document(JsonNode document) {
        Errors errors = new Errors();
        if (document == null || !document.isObject()) {
            errors.add("", "An EPCISDocument is a JSON object.");
            throw errors.exception();
        }
        checkContext(document.get("@context"), "@context", errors, true);
        if (!"EPCISDocument".equals(document.path("type").asText(null))) {
            errors.add("type", "Must be EPCISDocument.");
        }
        if (!document.path("schemaVersion").isTextual() && !document.path("schemaVersion").isNumber()) {
            errors.add("schemaVersion", "Required (\"2.0\").");
        } else if (!document.path("schemaVersion").asText().startsWith("2.")) {
            errors.add("schemaVersion", "Only EPCIS 2.x documents are accepted.");
        }
        time(document, "creationDate", "creationDate", errors, true);
        JsonNode list = document.path("epcisBody").path("eventList");
        if (!list.isArray() || list.isEmpty()) {
            errors.add("epcisBody.eventList", "Required: a non-empty list of events.");
        }
        List<EpcisEvent> events = new ArrayList<>();
        for (int i = 0; list.isArray() && i < list.size(); i++) {
            EpcisEvent e = event(list.get(i), document.get("@context"), "epcisBody.eventList[" + i + "].", errors);
            if (e != null) {
                events.add(e);
            }
        }
        errors.throwIfAny();
        return events;
    }

    /** One event sent on its own (its {@code @context}, if any, on the event itself). */
    public EpcisEvent event(JsonNode event) {
        Errors errors = new Errors();
        JsonNode context = event == null ? null : event.get("@context");
        if (context != null) {
            checkContext(context, "@context", errors, false);
        }
        EpcisEvent parsed = event(event, context, "", errors);
        errors.throwIfAny();
        return parsed;
    }

    private EpcisEvent event(JsonNode node, JsonNode context, String at, Errors errors) {
        int before = errors.size();
        if (node == null || !node.isObject()) {
            errors.add(at.isEmpty() ? "" : at.substring(0, at.length() - 1), "An event is a JSON object.");
            return null;
        }
        ObjectNode json = (ObjectNode) node;
        String typeName = json.path("type").asText(null);
        EpcisEventType type = EpcisEventType.of(typeName).orElse(null);
        if (typeName == null) {
            errors.add(at + "type",
                    "Required: ObjectEvent, AggregationEvent, TransformationEvent or TransactionEvent.");
        } else if (type == null) {
            errors.add(at + "type", "Unknown event type '" + typeName + "'.");
        }
        OffsetDateTime eventTime = time(json, "eventTime", at + "eventTime", errors, true);
        if (eventTime != null && eventTime.toInstant().isAfter(clock.instant().plus(FUTURE_TOLERANCE))) {
            errors.add(at + "eventTime", "Lies more than a day in the future.");
        }
        String offset = json.path("eventTimeZoneOffset").asText(null);
        if (offset == null) {
            errors.add(at + "eventTimeZoneOffset", "Required, e.g. +08:00.");
        } else if (!OFFSET.matcher(offset).matches()) {
            errors.add(at + "eventTimeZoneOffset", "Must look like +08:00.");
        }
        String eventId = json.path("eventID").asText(null);
        if (eventId != null && !URI.matcher(eventId).matches()) {
            errors.add(at + "eventID", "Must be a URI (ni:///…, urn:uuid:…).");
        }
        time(json, "recordTime", at + "recordTime", errors, false);

        String action = json.path("action").asText(null);
        if (type == EpcisEventType.TransformationEvent) {
            if (action != null) {
                errors.add(at + "action", "A TransformationEvent has no action.");
            }
        } else if (type != null && (action == null || !ACTIONS.contains(action))) {
            errors.add(at + "action", "Required: ADD, OBSERVE or DELETE.");
        }
        String bizStep = vocabulary(json, "bizStep", Slot.BIZ_STEP, at, errors);
        String disposition = vocabulary(json, "disposition", Slot.DISPOSITION, at, errors);
        location(json, "readPoint", at, errors);
        location(json, "bizLocation", at, errors);

        List<String> epcList = uris(json, "epcList", at, errors);
        List<String> childEpcs = uris(json, "childEPCs", at, errors);
        List<String> inputEpcs = uris(json, "inputEPCList", at, errors);
        List<String> outputEpcs = uris(json, "outputEPCList", at, errors);
        List<String> quantities = quantities(json, "quantityList", at, errors);
        List<String> childQuantities = quantities(json, "childQuantityList", at, errors);
        List<String> inputQuantities = quantities(json, "inputQuantityList", at, errors);
        List<String> outputQuantities = quantities(json, "outputQuantityList", at, errors);
        String parentId = json.path("parentID").asText(null);
        if (parentId != null && !URI.matcher(parentId).matches()) {
            errors.add(at + "parentID", "Must be a URI.");
        }
        List<EpcisEvent.BizTransaction> transactions = bizTransactions(json, at, errors);
        List<String> certifications = certifications(json, at, errors);
        sensors(json, at, errors);
        errorDeclaration(json, at, errors);

        if (type != null) {
            switch (type) {
                case ObjectEvent -> {
                    if (epcList.isEmpty() && quantities.isEmpty()) {
                        errors.add(at + "epcList", "An ObjectEvent names its objects in epcList or quantityList.");
                    }
                }
                case AggregationEvent -> {
                    if (parentId == null && !"OBSERVE".equals(action)) {
                        errors.add(at + "parentID", "Required for ADD and DELETE.");
                    }
                    if (childEpcs.isEmpty() && childQuantities.isEmpty() && !"DELETE".equals(action)) {
                        errors.add(at + "childEPCs", "An AggregationEvent names its children in childEPCs or "
                                + "childQuantityList.");
                    }
                }
                case TransformationEvent -> {
                    if (inputEpcs.isEmpty() && inputQuantities.isEmpty()) {
                        errors.add(at + "inputQuantityList", "A TransformationEvent names what went in.");
                    }
                    if (outputEpcs.isEmpty() && outputQuantities.isEmpty()) {
                        errors.add(at + "outputQuantityList", "A TransformationEvent names what came out.");
                    }
                }
                case TransactionEvent -> {
                    if (transactions.isEmpty()) {
                        errors.add(at + "bizTransactionList", "A TransactionEvent names its business transaction.");
                    }
                    if (epcList.isEmpty() && quantities.isEmpty()) {
                        errors.add(at + "epcList", "A TransactionEvent names its objects in epcList or quantityList.");
                    }
                }
                default -> {
                }
            }
        }
        if (errors.size() > before) {
            return null;
        }
        String hash = EventHasher.hash(json, context);
        Set<String> epcs = new LinkedHashSet<>();
        epcList.forEach(e -> epcs.add(canonical(e)));
        if (parentId != null) {
            epcs.add(canonical(parentId));
        }
        childEpcs.forEach(e -> epcs.add(canonical(e)));
        inputEpcs.forEach(e -> epcs.add(canonical(e)));
        outputEpcs.forEach(e -> epcs.add(canonical(e)));
        Set<String> classes = new LinkedHashSet<>();
        List.of(quantities, childQuantities, inputQuantities, outputQuantities)
                .forEach(l -> l.forEach(c -> classes.add(canonical(c))));
        List<String> inputs = new ArrayList<>();
        inputEpcs.forEach(e -> inputs.add(canonical(e)));
        inputQuantities.forEach(c -> inputs.add(canonical(c)));
        List<String> outputs = new ArrayList<>();
        outputEpcs.forEach(e -> outputs.add(canonical(e)));
        outputQuantities.forEach(c -> outputs.add(canonical(c)));
        List<String> children = new ArrayList<>();
        childEpcs.forEach(e -> children.add(canonical(e)));
        childQuantities.forEach(c -> children.add(canonical(c)));
        return new EpcisEvent(type, eventTime, hash, eventId == null ? hash : eventId, action, bizStep, disposition,
                parentId == null ? null : canonical(parentId), List.copyOf(children), List.copyOf(epcs),
                List.copyOf(classes), List.copyOf(inputs), List.copyOf(outputs), transactions, certifications, json,
                context);
    }

    /** The one spelling of an identifier that queries and lineage use (EPC URN and Digital Link alike). */
    public static String canonical(String identifier) {
        return Gs1UriNormaliser.normalise(identifier).orElse(identifier);
    }

    private void checkContext(JsonNode context, String at, Errors errors, boolean required) {
        if (context == null || context.isNull()) {
            if (required) {
                errors.add(at, "Required: the EPCIS 2.0 context (" + CbvVocabulary.STANDARD_CONTEXTS.iterator().next()
                        + ").");
            }
            return;
        }
        List<JsonNode> entries = new ArrayList<>();
        if (context.isArray()) {
            context.forEach(entries::add);
        } else {
            entries.add(context);
        }
        boolean standard = false;
        for (JsonNode entry : entries) {
            if (entry.isTextual()) {
                if (CbvVocabulary.STANDARD_CONTEXTS.contains(entry.asText())) {
                    standard = true;
                } else {
                    errors.add(at, "Remote context " + entry.asText() + " cannot be resolved here; only the EPCIS "
                            + "2.0 standard context and inline prefix definitions are accepted.");
                }
            } else if (!entry.isObject()) {
                errors.add(at, "A context entry is a URL or an object of prefix definitions.");
            }
        }
        if (!standard && required) {
            errors.add(at, "Must include the EPCIS 2.0 standard context.");
        }
    }

    private static OffsetDateTime time(JsonNode json, String field, String at, Errors errors, boolean required) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                errors.add(at, "Required: an ISO 8601 time with offset.");
            }
            return null;
        }
        try {
            return OffsetDateTime.parse(value.asText());
        } catch (DateTimeParseException e) {
            errors.add(at, "Not an ISO 8601 time with offset: '" + value.asText() + "'.");
            return null;
        }
    }

    private String vocabulary(JsonNode json, String field, Slot slot, String at, Errors errors) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual() || !cbv.acceptable(slot, value.asText())) {
            errors.add(at + field, "Not a CBV 2.0 " + field + " ('" + value.asText() + "').");
            return null;
        }
        return cbv.expand(slot, value.asText()).orElse(value.asText());
    }

    private static void location(JsonNode json, String field, String at, Errors errors) {
        JsonNode value = json.get(field);
        if (value != null && (!value.isObject() || !URI.matcher(value.path("id").asText("")).matches())) {
            errors.add(at + field + ".id", "Required: the location's URI.");
        }
    }

    private static List<String> uris(JsonNode json, String field, String at, Errors errors) {
        JsonNode list = json.get(field);
        if (list == null) {
            return List.of();
        }
        if (!list.isArray()) {
            errors.add(at + field, "Must be a list of URIs.");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String v = list.get(i).asText("");
            if (!list.get(i).isTextual() || !URI.matcher(v).matches()) {
                errors.add(at + field + "[" + i + "]", "Not a URI.");
            } else {
                out.add(v);
            }
        }
        return out;
    }

    private static List<String> quantities(JsonNode json, String field, String at, Errors errors) {
        JsonNode list = json.get(field);
        if (list == null) {
            return List.of();
        }
        if (!list.isArray()) {
            errors.add(at + field, "Must be a list of quantity elements.");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode q = list.get(i);
            String path = at + field + "[" + i + "].";
            String epcClass = q.path("epcClass").asText("");
            if (epcClass.isEmpty()) {
                errors.add(path + "epcClass", "Required.");
            } else if (!EPC_CLASS.matcher(epcClass).matches()) {
                errors.add(path + "epcClass", "Must be a GS1 Digital Link URI or urn:epc:class:lgtin:….");
            } else {
                out.add(epcClass);
            }
            JsonNode quantity = q.get("quantity");
            if (quantity != null && (!quantity.isNumber() || quantity.asDouble() < 0)) {
                errors.add(path + "quantity", "Must be a number ≥ 0.");
            }
            if (q.has("uom") && (!q.get("uom").isTextual() || !q.get("uom").asText().matches("[A-Z0-9]{2,3}"))) {
                errors.add(path + "uom", "Must be a UN/CEFACT unit code (KGM, H87…).");
            }
            if (q.has("uom") && quantity == null) {
                errors.add(path + "quantity", "Required when uom is given.");
            }
        }
        return out;
    }

    private List<EpcisEvent.BizTransaction> bizTransactions(JsonNode json, String at, Errors errors) {
        JsonNode list = json.get("bizTransactionList");
        if (list == null) {
            return List.of();
        }
        if (!list.isArray()) {
            errors.add(at + "bizTransactionList", "Must be a list.");
            return List.of();
        }
        List<EpcisEvent.BizTransaction> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String path = at + "bizTransactionList[" + i + "].";
            String id = list.get(i).path("bizTransaction").asText("");
            if (!URI.matcher(id).matches()) {
                errors.add(path + "bizTransaction", "Required: the transaction's URI.");
                continue;
            }
            String type = list.get(i).path("type").asText(null);
            if (type != null && !cbv.acceptable(Slot.BIZ_TRANSACTION_TYPE, type)) {
                errors.add(path + "type", "Not a CBV 2.0 business transaction type ('" + type + "').");
                continue;
            }
            out.add(new EpcisEvent.BizTransaction(
                    type == null ? null : cbv.expand(Slot.BIZ_TRANSACTION_TYPE, type).orElse(type), id));
        }
        return List.copyOf(out);
    }

    private static List<String> certifications(JsonNode json, String at, Errors errors) {
        JsonNode info = json.get("certificationInfo");
        if (info == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (info.isTextual() && URI.matcher(info.asText()).matches()) {
            out.add(info.asText());
        } else if (info.isArray()) {
            for (int i = 0; i < info.size(); i++) {
                if (info.get(i).isTextual() && URI.matcher(info.get(i).asText()).matches()) {
                    out.add(info.get(i).asText());
                } else {
                    errors.add(at + "certificationInfo[" + i + "]", "Not a URI.");
                }
            }
        } else {
            errors.add(at + "certificationInfo", "A certificate URI or a list of them.");
        }
        return List.copyOf(out);
    }

    private void sensors(JsonNode json, String at, Errors errors) {
        JsonNode list = json.get("sensorElementList");
        if (list == null) {
            return;
        }
        if (!list.isArray()) {
            errors.add(at + "sensorElementList", "Must be a list.");
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            String path = at + "sensorElementList[" + i + "].";
            JsonNode reports = list.get(i).path("sensorReport");
            if (!reports.isArray() || reports.isEmpty()) {
                errors.add(path + "sensorReport", "Required: at least one report.");
                continue;
            }
            time(list.get(i).path("sensorMetadata"), "time", path + "sensorMetadata.time", errors, false);
            for (int r = 0; r < reports.size(); r++) {
                JsonNode report = reports.get(r);
                String rp = path + "sensorReport[" + r + "].";
                String type = report.path("type").asText(null);
                if (type != null && !cbv.acceptable(Slot.MEASUREMENT_TYPE, type)) {
                    errors.add(rp + "type", "Not a GS1 measurement type ('" + type + "').");
                }
                for (String numeric : List.of("value", "minValue", "maxValue", "meanValue", "sDev")) {
                    if (report.has(numeric) && !report.get(numeric).isNumber()) {
                        errors.add(rp + numeric, "Must be a number.");
                    }
                }
                if (report.has("value") && !report.has("uom") && type != null && !type.endsWith("Dimensionless")) {
                    errors.add(rp + "uom", "Required with a value (CEL for °C).");
                }
                time(report, "time", rp + "time", errors, false);
            }
        }
    }

    private void errorDeclaration(JsonNode json, String at, Errors errors) {
        JsonNode declaration = json.get("errorDeclaration");
        if (declaration == null) {
            return;
        }
        time(declaration, "declarationTime", at + "errorDeclaration.declarationTime", errors, true);
        String reason = declaration.path("reason").asText(null);
        if (reason != null && !cbv.acceptable(Slot.ERROR_REASON, reason)) {
            errors.add(at + "errorDeclaration.reason", "Not a CBV 2.0 error reason ('" + reason + "').");
        }
    }

    /** Field errors gathered over a whole document. */
    static final class Errors {

        private final List<FieldError> list = new ArrayList<>();

        void add(String field, String message) {
            list.add(new FieldError(field, message));
        }

        int size() {
            return list.size();
        }

        EpcisValidationException exception() {
            return new EpcisValidationException(list);
        }

        void throwIfAny() {
            if (!list.isEmpty()) {
                throw exception();
            }
        }
    }
}
