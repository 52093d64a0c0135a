package cn.huinong.market.catalog.trace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The CBV 2.0 terms of the EPCIS 2.0 JSON-LD context, read from the project's copy of the standard context
 * ({@code trace/epcis-context-2.0.0.jsonld}: the remote {@code @context} cannot be fetched from here). Expands a
 * bare term ({@code shipping}) or a CBV 1.x URN ({@code urn:epcglobal:cbv:bizstep:shipping}) to its web URI
 * ({@code https://ref.gs1.org/cbv/BizStep-shipping}).
 */
public final class CbvVocabulary {

    /** The URLs under which senders name the standard context; all resolve to the local copy. */
    public static final java.util.Set<String> STANDARD_CONTEXTS = java.util.Set.of(
            "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
            "https://ref.gs1.org/standards/epcis/epcis-context.jsonld",
            "https://gs1.github.io/EPCIS/epcis-context.jsonld");

    /** The context URL the platform itself writes into the events it builds. */
    public static final String CONTEXT_URL = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";

    public static final String CONTEXT_RESOURCE = "trace/epcis-context-2.0.0.jsonld";

    /** Where a vocabulary value may stand in an event. */
    public enum Slot {

        BIZ_STEP("urn:epcglobal:cbv:bizstep:", "BizStep-"), DISPOSITION("urn:epcglobal:cbv:disp:", "Disp-"),
        BIZ_TRANSACTION_TYPE("urn:epcglobal:cbv:btt:", "BTT-"), SOURCE_DESTINATION_TYPE("urn:epcglobal:cbv:sdt:",
                "SDT-"),
        ERROR_REASON("urn:epcglobal:cbv:er:", "ER-"), MEASUREMENT_TYPE(null, null), SENSOR_EXCEPTION(
                null, null),
        COMPONENT(null, "Comp-");

        private final String urnPrefix;
        private final String webPrefix;

        Slot(String urnPrefix, String webPrefix) {
            this.urnPrefix = urnPrefix;
            this.webPrefix = webPrefix;
        }
    }

    public static final String CBV = "https://ref.gs1.org/cbv/";
    public static final String GS1_VOC = "https://ref.gs1.org/voc/";

    private static final CbvVocabulary STANDARD = load();

    private final JsonNode context;
    private final Map<Slot, Map<String, String>> terms;

    private CbvVocabulary(JsonNode context, Map<Slot, Map<String, String>> terms) {
        this.context = context;
        this.terms = terms;
    }

    public static CbvVocabulary standard() {
        return STANDARD;
    }

    /** The standard context document itself (for serving it and for resolving {@code @context} references). */
    public JsonNode context() {
        return context;
    }

    /** The full URI of a value in a slot, or empty when the value is neither a known term nor a full URI. */
    public Optional<String> expand(Slot slot, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String known = terms.get(slot).get(value);
        if (known != null) {
            return Optional.of(known);
        }
        if (slot.urnPrefix != null && value.startsWith(slot.urnPrefix)) {
            String term = value.substring(slot.urnPrefix.length());
            return Optional.of(terms.get(slot).getOrDefault(term, CBV + slot.webPrefix + term));
        }
        if (terms.get(slot).containsValue(value)) {
            return Optional.of(value);
        }
        return Optional.empty();
    }

    /** Whether a value is a bare term of the slot or a URI of any kind (a private extension vocabulary). */
    public boolean acceptable(Slot slot, String value) {
        return expand(slot, value).isPresent() || (value != null && value.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.+"));
    }

    private static CbvVocabulary load() {
        try (InputStream in = CbvVocabulary.class.getClassLoader().getResourceAsStream(CONTEXT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + CONTEXT_RESOURCE);
            }
            JsonNode root = new ObjectMapper().readTree(in);
            JsonNode ctx = root.path("@context");
            Map<String, String> prefixes = Map.of("cbv", ctx.path("cbv").asText(CBV), "gs1",
                    ctx.path("gs1").asText(GS1_VOC));
            Map<Slot, Map<String, String>> terms = new HashMap<>();
            terms.put(Slot.BIZ_STEP, termsOf(ctx.path("bizStep").path("@context"), prefixes));
            terms.put(Slot.DISPOSITION, termsOf(ctx.path("disposition").path("@context"), prefixes));
            terms.put(Slot.BIZ_TRANSACTION_TYPE,
                    termsOf(ctx.path("bizTransactionList").path("@context").path("type").path("@context"), prefixes));
            terms.put(Slot.SOURCE_DESTINATION_TYPE,
                    termsOf(ctx.path("sourceList").path("@context").path("type").path("@context"), prefixes));
            terms.put(Slot.ERROR_REASON, termsOf(
                    ctx.path("errorDeclaration").path("@context").path("reason").path("@context"), prefixes));
            JsonNode report = ctx.path("sensorElementList").path("@context").path("sensorReport").path("@context");
            terms.put(Slot.MEASUREMENT_TYPE, termsOf(report.path("type").path("@context"), prefixes));
            terms.put(Slot.SENSOR_EXCEPTION, termsOf(report.path("exception").path("@context"), prefixes));
            terms.put(Slot.COMPONENT, termsOf(report.path("component").path("@context"), prefixes));
            return new CbvVocabulary(root, terms);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CONTEXT_RESOURCE, e);
        }
    }

    private static Map<String, String> termsOf(JsonNode termContext, Map<String, String> prefixes) {
        Map<String, String> out = new HashMap<>();
        termContext.properties().forEach(e -> {
            if (e.getValue().isTextual() && !e.getKey().startsWith("@")) {
                String curie = e.getValue().asText();
                int colon = curie.indexOf(':');
                String base = colon < 0 ? null : prefixes.get(curie.substring(0, colon));
                out.put(e.getKey(), base == null ? curie : base + curie.substring(colon + 1));
            }
        });
        return Map.copyOf(out);
    }
}
