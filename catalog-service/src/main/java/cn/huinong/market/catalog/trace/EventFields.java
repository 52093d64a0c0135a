package cn.huinong.market.catalog.trace;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the fields of a stored event's JSON-LD as sent, whichever spelling the sender used: bare CBV terms
 * ({@code shipping}), CBV 2.0 web URIs or CBV 1.x URNs all give the bare term.
 */
final class EventFields {

    private EventFields() {
    }

    /** One temperature reading in °C, at the time it was taken, of the identifiers the event names. */
    record Reading(OffsetDateTime at, BigDecimal celsius, Set<String> subjects) {
    }

    static String bizStep(JsonNode event) {
        return term(event.path("bizStep").asText(null));
    }

    static String disposition(JsonNode event) {
        return term(event.path("disposition").asText(null));
    }

    static OffsetDateTime eventTime(JsonNode event) {
        return OffsetDateTime.parse(event.path("eventTime").asText());
    }

    /** The bare CBV term of a vocabulary value (null stays null). */
    static String term(String value) {
        if (value == null) {
            return null;
        }
        int dash = Math.max(value.lastIndexOf("BizStep-"), value.lastIndexOf("Disp-"));
        if (dash >= 0) {
            return value.substring(value.indexOf('-', dash) + 1);
        }
        int colon = value.lastIndexOf(':');
        return colon >= 0 ? value.substring(colon + 1) : value;
    }

    /** Lots (quantityList classes) and instances (epcList) the event is about, in canonical form. */
    static Set<String> subjects(JsonNode event) {
        Set<String> out = new LinkedHashSet<>();
        event.path("quantityList").forEach(q -> out.add(EpcisParser.canonical(q.path("epcClass").asText())));
        event.path("epcList").forEach(e -> out.add(EpcisParser.canonical(e.asText())));
        return out;
    }

    /** certificationInfo as a list, whether sent as one string or many. */
    static List<String> certifications(JsonNode event) {
        JsonNode info = event.path("certificationInfo");
        List<String> out = new ArrayList<>();
        if (info.isTextual()) {
            out.add(info.asText());
        }
        info.forEach(i -> out.add(i.asText()));
        return out;
    }

    /** Temperature readings of the event's sensor reports (°C, or °F converted), each at its own time if given. */
    static List<Reading> temperatures(JsonNode event) {
        List<Reading> out = new ArrayList<>();
        Set<String> subjects = subjects(event);
        for (JsonNode element : event.path("sensorElementList")) {
            String metadataTime = element.path("sensorMetadata").path("time").asText(null);
            for (JsonNode report : element.path("sensorReport")) {
                String type = report.path("type").asText("");
                if (!type.toLowerCase(Locale.ROOT).endsWith("temperature") || !report.path("value").isNumber()) {
                    continue;
                }
                BigDecimal value = report.path("value").decimalValue();
                String uom = report.path("uom").asText("CEL");
                if ("FAH".equals(uom)) {
                    value = value.subtract(BigDecimal.valueOf(32)).multiply(BigDecimal.valueOf(5))
                            .divide(BigDecimal.valueOf(9), 2, RoundingMode.HALF_UP);
                } else if (!"CEL".equals(uom)) {
                    continue;
                }
                String time = report.path("time").asText(metadataTime);
                out.add(new Reading(time(time, event), value, subjects));
            }
        }
        return out;
    }

    private static OffsetDateTime time(String value, JsonNode event) {
        if (value != null) {
            try {
                return OffsetDateTime.parse(value);
            } catch (DateTimeParseException e) {
                // a reading without a readable time of its own was taken when the event happened
            }
        }
        return eventTime(event);
    }
}
