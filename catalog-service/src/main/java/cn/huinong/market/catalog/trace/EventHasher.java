package cn.huinong.market.catalog.trace;

import cn.huinong.market.catalog.trace.CbvVocabulary.Slot;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The CBV 2.0 event hash ({@code ni:///sha-256;<hex>?ver=CBV2.0}) of an EPCIS 2.0 JSON-LD event, computed the way
 * the public reference implementation (github.com/RalphTro/epcis-event-hash-generator, profile CBV2.0) does: the
 * event becomes a tree of (name, value, children); the standard properties are concatenated in the CBV's fixed
 * order as {@code name=value} (values canonical: UTC timestamps at millisecond precision, numbers without
 * redundant zeros, vocabulary as web URIs, GS1 keys as constrained Digital Link URIs; repeated elements sorted),
 * then every user extension left over, sorted. eventID, recordTime, certificationInfo and errorDeclaration are not
 * part of the hash, so a retried capture or a later correction keeps the event's identity.
 */
public final class EventHasher {

    public static final String VERSION_SUFFIX = "?ver=CBV2.0";

    private static final Set<String> IGNORED = Set.of("type", "eventID", "recordTime", "certificationInfo",
            "errorDeclaration", "@context");
    private static final Pattern NUMBER = Pattern.compile("^[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?$");
    private static final DateTimeFormatter MILLIS_UTC = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'");
    private static final Map<String, String> WELL_KNOWN = Map.of("gs1", CbvVocabulary.GS1_VOC, "cbv",
            CbvVocabulary.CBV, "epcis", "https://ref.gs1.org/epcis/", "cbvmda", "urn:epcglobal:cbv:mda");

    private static final List<Order> QUANTITY = List.of(new Order("quantityElement",
            List.of(Order.leaf("epcClass"), Order.leaf("quantity"), Order.leaf("uom"))));
    private static final List<Order> EPCS = List.of(Order.leaf("epc"));
    private static final List<Order> EVENT_ORDER = List.of(Order.leaf("eventTime"), Order.leaf("eventTimeZoneOffset"),
            new Order("epcList", EPCS), Order.leaf("parentID"), new Order("inputEPCList", EPCS),
            new Order("childEPCs", EPCS), new Order("quantityList", QUANTITY),
            new Order("childQuantityList", QUANTITY), new Order("inputQuantityList", QUANTITY),
            new Order("outputEPCList", EPCS), new Order("outputQuantityList", QUANTITY), Order.leaf("action"),
            Order.leaf("transformationID"), Order.leaf("bizStep"), Order.leaf("disposition"),
            new Order("persistentDisposition", List.of(Order.leaf("set"), Order.leaf("unset"))),
            new Order("readPoint", List.of(Order.leaf("id"))), new Order("bizLocation", List.of(Order.leaf("id"))),
            Order.typed("bizTransactionList"), Order.typed("sourceList"), Order.typed("destinationList"),
            new Order("sensorElement", List.of(
                    new Order("sensorMetadata",
                            leaves("time", "startTime", "endTime", "deviceID", "deviceMetadata", "rawData",
                                    "dataProcessingMethod", "bizRules")),
                    new Order("sensorReport",
                            leaves("type", "exception", "deviceID", "deviceMetadata", "rawData",
                                    "dataProcessingMethod", "time", "microorganism", "chemicalSubstance", "value",
                                    "component", "stringValue", "booleanValue", "hexBinaryValue", "uriValue",
                                    "minValue", "maxValue", "meanValue", "sDev", "percRank", "percValue", "uom",
                                    "coordinateReferenceSystem")))));

    private EventHasher() {
    }

    /** The hash of one event; {@code context} is the document's {@code @context} (for extension namespaces). */
    public static String hash(JsonNode event, JsonNode context) {
        return "ni:///sha-256;" + sha256Hex(preHash(event, context)) + VERSION_SUFFIX;
    }

    /** The canonical string the hash is taken of (shown to people checking a hash by hand). */
    public static String preHash(JsonNode event, JsonNode context) {
        Map<String, String> namespaces = namespaces(context);
        ObjectNode copy = event.deepCopy();
        expandBareVocabulary(copy);
        Node tree = correct(toTree(copy, namespaces));
        List<Node> children = unwrapSensorElements(tree.children);
        String ordered = inOrder(children, EVENT_ORDER);
        children.removeIf(c -> IGNORED.contains(c.name));
        return "eventType=" + copy.path("type").asText() + ordered + generic(children);
    }

    public static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- the tree -------------------------------------------------------------------------------------------

    private static final class Node {

        String name;
        String text;
        List<Node> children;

        Node(String name, String text, List<Node> children) {
            this.name = name;
            this.text = text;
            this.children = children;
        }
    }

    private record Order(String name, List<Order> children, boolean typedList) {

        static Order leaf(String name) {
            return new Order(name, null, false);
        }

        static Order typed(String name) {
            return new Order(name, null, true);
        }

        Order(String name, List<Order> children) {
            this(name, children, false);
        }
    }

    private static List<Order> leaves(String... names) {
        return java.util.Arrays.stream(names).map(Order::leaf).toList();
    }

    private static Map<String, String> namespaces(JsonNode context) {
        Map<String, String> out = new HashMap<>(WELL_KNOWN);
        if (context != null && context.isArray()) {
            for (JsonNode c : context) {
                if (c.isObject()) {
                    c.properties().forEach(e -> {
                        if (e.getValue().isTextual()) {
                            out.put(e.getKey(), e.getValue().asText());
                        }
                    });
                }
            }
        }
        out.put("gs1", CbvVocabulary.GS1_VOC);
        return out;
    }

    private static String key(String key, Map<String, String> namespaces) {
        int colon = key.indexOf(':');
        if (colon > 0 && namespaces.containsKey(key.substring(0, colon))) {
            return "{" + namespaces.get(key.substring(0, colon)) + "}" + key.substring(colon + 1);
        }
        return key;
    }

    private static String value(String value, Map<String, String> namespaces) {
        int colon = value.indexOf(':');
        if (colon > 0 && namespaces.containsKey(value.substring(0, colon))) {
            String ns = namespaces.get(value.substring(0, colon));
            // only the GS1 vocabularies are expanded in values; a user's CURIE stays as written
            if (ns.startsWith("https://ref.gs1.org") || ns.startsWith("https://gs1.org")) {
                return ns + value.substring(colon + 1);
            }
        }
        return value;
    }

    private static Node toTree(JsonNode json, Map<String, String> namespaces) {
        if (json.isArray()) {
            List<Node> items = new ArrayList<>();
            json.forEach(item -> items.add(toTree(item, namespaces)));
            return new Node("", "", items);
        }
        if (json.isObject()) {
            Node node = new Node(json.has("type") ? json.get("type").asText() : "",
                    json.has("#text") ? json.get("#text").asText() : "", new ArrayList<>());
            for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                String name = field.getKey();
                if (name.equals("#text") || name.equals("rdfs:comment") || name.equals("comment")) {
                    continue;
                }
                Node child = toTree(field.getValue(), namespaces);
                String k = key(name, namespaces);
                if (field.getValue().isArray()) {
                    child.children.forEach(item -> node.children.add(new Node(k, item.text, item.children)));
                } else {
                    node.children.add(new Node(k, child.text, child.children));
                }
            }
            return node;
        }
        if (json.isBoolean()) {
            return new Node("", json.asBoolean() ? "true" : "false", new ArrayList<>());
        }
        if (json.isNumber()) {
            return new Node("", pythonNumber(json.decimalValue()), new ArrayList<>());
        }
        if (json.isNull()) {
            return new Node("", "", new ArrayList<>());
        }
        return new Node("", value(json.asText(), namespaces), new ArrayList<>());
    }

    /** JSON and XML spell some structures differently; the hash follows the XML shape. */
    private static Node correct(Node node) {
        List<Node> level = new ArrayList<>(node.children);
        Map<String, Node> lists = new java.util.LinkedHashMap<>();
        for (Iterator<Node> it = level.iterator(); it.hasNext();) {
            Node child = it.next();
            if (child.name.endsWith("List")) {
                lists.computeIfAbsent(child.name, n -> new Node(n, "", new ArrayList<>())).children
                        .add(new Node(child.name.substring(0, child.name.length() - 4), child.text, child.children));
                it.remove();
            }
        }
        level.addAll(lists.values());
        List<Node> childEpcs = new ArrayList<>();
        for (Iterator<Node> it = level.iterator(); it.hasNext();) {
            Node child = it.next();
            if (child.name.equals("childEPCs")) {
                childEpcs.add(new Node("epc", child.text, new ArrayList<>()));
                it.remove();
            }
        }
        if (!childEpcs.isEmpty()) {
            level.add(new Node("childEPCs", "", childEpcs));
        }
        List<Node> corrected = new ArrayList<>();
        level.forEach(child -> corrected.add(correct(child)));
        Node out = new Node(node.name, node.text, corrected);
        switch (out.name) {
            case "readPoint", "bizLocation" -> {
                if (out.children.isEmpty()) {
                    out.children.add(new Node("id", out.text, new ArrayList<>()));
                    out.text = "";
                }
            }
            case "bizTransaction", "source", "destination" -> {
                for (Iterator<Node> it = out.children.iterator(); it.hasNext();) {
                    Node inner = it.next();
                    if (inner.name.equals(out.name)) {
                        it.remove();
                        out.text = inner.text;
                        break;
                    }
                }
            }
            case "inputEPC", "outputEPC" -> out.name = "epc";
            case "inputQuantity", "outputQuantity", "childQuantity" -> out.name = "quantityElement";
            case "quantity" -> {
                if (!out.children.isEmpty()) {
                    out.name = "quantityElement";
                }
            }
            default -> {
            }
        }
        return out;
    }

    /** CBV 2.0 hashes the sensor elements without their list wrapper. */
    private static List<Node> unwrapSensorElements(List<Node> children) {
        List<Node> out = new ArrayList<>();
        for (Node child : children) {
            if (child.name.equals("sensorElementList")) {
                out.addAll(child.children);
            } else {
                out.add(child);
            }
        }
        return out;
    }

    private static String inOrder(List<Node> children, List<Order> order) {
        StringBuilder preHash = new StringBuilder();
        for (Order o : order) {
            List<String> values = new ArrayList<>();
            for (Node child : List.copyOf(children)) {
                if (!child.name.equals(o.name)) {
                    continue;
                }
                String s = o.typedList ? typedList(child) : child(child, o.children);
                if (!s.isEmpty()) {
                    values.add(s);
                }
                if (child.children.isEmpty()) {
                    children.remove(child);
                }
            }
            values.sort(null);
            preHash.append(String.join("", values));
        }
        return preHash.toString();
    }

    private static String child(Node child, List<Order> subOrder) {
        String grandChildren = subOrder == null ? "" : inOrder(child.children, subOrder);
        String text = child.text == null ? "" : child.text.strip();
        if (!text.isEmpty()) {
            String lower = child.name.toLowerCase(java.util.Locale.ROOT);
            text = "=" + (lower.indexOf("time") > 0 && !lower.contains("offset") ? utcMillis(text) : canonical(text));
        }
        return text.isEmpty() && grandChildren.isEmpty() ? "" : child.name + text + grandChildren;
    }

    /** bizTransactionList, sourceList, destinationList: each entry as type=…name=…, entries sorted. */
    private static String typedList(Node list) {
        List<String> entries = new ArrayList<>();
        for (Node entry : List.copyOf(list.children)) {
            StringBuilder s = new StringBuilder();
            for (Iterator<Node> it = entry.children.iterator(); it.hasNext();) {
                Node inner = it.next();
                if (inner.name.equals("type")) {
                    s.append("type=").append(canonical(inner.text.strip()));
                    it.remove();
                }
            }
            if (entry.text != null && !entry.text.isBlank()) {
                s.append(entry.name).append('=').append(canonical(entry.text.strip()));
            }
            if (entry.children.isEmpty()) {
                list.children.remove(entry);
            }
            if (!s.isEmpty()) {
                entries.add(s.toString());
            }
        }
        entries.sort(null);
        return entries.isEmpty() ? "" : list.name + String.join("", entries);
    }

    private static String generic(List<Node> children) {
        List<String> values = new ArrayList<>();
        for (Node child : children) {
            String text = child.text == null ? "" : child.text.strip();
            if (!text.isEmpty()) {
                text = "=" + canonical(text);
            }
            values.add(child.name + text + generic(child.children));
        }
        values.sort(null);
        return String.join("", values);
    }

    // --- values ---------------------------------------------------------------------------------------------

    private static String canonical(String text) {
        String web = webVocabulary(text);
        String number = numeric(web);
        return Gs1UriNormaliser.normalise(number).orElse(number);
    }

    private static String webVocabulary(String text) {
        return text.replace("urn:epcglobal:cbv:bizstep:", CbvVocabulary.CBV + "BizStep-")
                .replace("urn:epcglobal:cbv:disp:", CbvVocabulary.CBV + "Disp-")
                .replace("urn:epcglobal:cbv:btt:", CbvVocabulary.CBV + "BTT-")
                .replace("urn:epcglobal:cbv:sdt:", CbvVocabulary.CBV + "SDT-")
                .replace("urn:epcglobal:cbv:er:", CbvVocabulary.CBV + "ER-");
    }

    private static String numeric(String text) {
        if (!NUMBER.matcher(text).matches()) {
            return text;
        }
        return pythonNumber(new BigDecimal(text));
    }

    /** A number as Python's str(float(x)) writes it (integral values without a fraction). */
    static String pythonNumber(BigDecimal value) {
        double d = value.doubleValue();
        if (d == Math.rint(d) && Math.abs(d) < 1e17) {
            return Long.toString((long) d);
        }
        BigDecimal shortest = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        int exponent = shortest.precision() - shortest.scale() - 1;
        if (exponent >= -4 && exponent < 16) {
            return shortest.toPlainString();
        }
        String digits = shortest.unscaledValue().abs().toString();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (d < 0 ? "-" : "") + mantissa + "e" + (exponent < 0 ? "-" : "+")
                + String.format("%02d", Math.abs(exponent));
    }

    private static String utcMillis(String timestamp) {
        try {
            OffsetDateTime t = OffsetDateTime.parse(timestamp, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            return MILLIS_UTC.format(t.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS));
        } catch (DateTimeParseException e) {
            return timestamp;
        }
    }

    /** Bare vocabulary terms ({@code shipping}) become their CBV web URIs, as JSON-LD expansion would make them. */
    private static void expandBareVocabulary(ObjectNode event) {
        CbvVocabulary cbv = CbvVocabulary.standard();
        expandField(event, "bizStep", Slot.BIZ_STEP, cbv);
        expandField(event, "disposition", Slot.DISPOSITION, cbv);
        JsonNode persistent = event.path("persistentDisposition");
        if (persistent.isObject()) {
            expandArray((ObjectNode) persistent, "set", Slot.DISPOSITION, cbv);
            expandArray((ObjectNode) persistent, "unset", Slot.DISPOSITION, cbv);
        }
        forEachObject(event.path("bizTransactionList"), o -> expandField(o, "type", Slot.BIZ_TRANSACTION_TYPE, cbv));
        forEachObject(event.path("sourceList"), o -> expandField(o, "type", Slot.SOURCE_DESTINATION_TYPE, cbv));
        forEachObject(event.path("destinationList"),
                o -> expandField(o, "type", Slot.SOURCE_DESTINATION_TYPE, cbv));
        if (event.path("errorDeclaration").isObject()) {
            expandField((ObjectNode) event.get("errorDeclaration"), "reason", Slot.ERROR_REASON, cbv);
        }
        forEachObject(event.path("sensorElementList"), element -> forEachObject(element.path("sensorReport"), r -> {
            expandField(r, "type", Slot.MEASUREMENT_TYPE, cbv);
            expandField(r, "exception", Slot.SENSOR_EXCEPTION, cbv);
            expandField(r, "component", Slot.COMPONENT, cbv);
        }));
    }

    private static void forEachObject(JsonNode array, java.util.function.Consumer<ObjectNode> action) {
        if (array.isArray()) {
            array.forEach(item -> {
                if (item.isObject()) {
                    action.accept((ObjectNode) item);
                }
            });
        } else if (array.isObject()) {
            action.accept((ObjectNode) array);
        }
    }

    private static void expandField(ObjectNode o, String field, Slot slot, CbvVocabulary cbv) {
        JsonNode v = o.get(field);
        if (v != null && v.isTextual() && !v.asText().contains(":")) {
            cbv.expand(slot, v.asText()).ifPresent(full -> o.put(field, full));
        }
    }

    private static void expandArray(ObjectNode o, String field, Slot slot, CbvVocabulary cbv) {
        JsonNode v = o.get(field);
        if (v != null && v.isArray()) {
            ArrayNode expanded = o.arrayNode();
            v.forEach(item -> expanded.add(item.isTextual() && !item.asText().contains(":")
                    ? cbv.expand(slot, item.asText()).orElse(item.asText())
                    : item.asText()));
            o.set(field, expanded);
        }
    }
}
