package cn.huinong.market.catalog.trace;

import cn.huinong.market.common.problem.ProblemException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Builds the public trace summary of a lot from its label's code. */
@ApplicationScoped
public class TraceSummaryService {

    private static final String QUARANTINE = "urn:huinong:quarantine:";
    private static final String HALAL = FarmerTemplates.CERTIFICATE_BASE + "halal/";
    private static final Set<String> NOT_STEPS = Set.of("inspecting", "sensor_reporting");
    /** Steps of what was made from the lot that a buyer follows: how the packs travelled to them. */
    private static final Set<String> DOWNSTREAM_STEPS = Set.of("packing", "loading", "shipping", "departing",
            "arriving", "receiving", "unloading", "storing");

    @Inject LotService lots;

    @Inject TraceGraphService graph;

    @Inject RecallService recalls;

    @Inject ColdChainService coldChain;

    @Inject TraceFacts facts;

    public TraceSummary summary(String code) {
        TraceCode traceCode = DigitalLinks.parse(code);
        TraceLot lot = lots.byCode(traceCode).orElseThrow(() -> ProblemException.notFound("lot", traceCode.path()));
        TraceGraphService.Backward back = graph.backward(lot.epcClass);
        Map<String, TraceLot> upstream = recalls.lotsAmong(back.identifiers());
        List<JsonNode> events = back.events().stream().map(StoredEvent::document).toList();

        var product = facts.product(lot.productId)
                .map(p -> new TraceSummary.Product(p.nameZh(), p.nameEn())).orElse(null);
        List<TraceSummary.Origin> origins = upstream.values().stream()
                .filter(l -> l.originKind != TraceLot.Origin.DERIVED)
                .map(l -> new TraceSummary.Origin(l.lotNumber, l.originKind, l.originDate, l.countyCode,
                        l.villageName))
                .toList();
        return new TraceSummary(traceCode.path(), product,
                new TraceSummary.Lot(lot.lotNumber, lot.gtin, lot.originKind, lot.originDate, lot.quantity, lot.unit,
                        lot.bestBefore, lot.temperatureClass),
                origins, halal(upstream.values(), events), quarantine(events), inspections(events),
                coldChain.assess(upstream.values(), back.events()), steps(events, downstream(lot, events)),
                recall(events));
    }

    /** For each origin lot, the halal certificate in force on its origin day; attested if an event cites it. */
    private List<TraceSummary.Halal> halal(Iterable<TraceLot> lots, List<JsonNode> events) {
        List<String> cited = events.stream().flatMap(e -> EventFields.certifications(e).stream())
                .filter(c -> c.startsWith(HALAL)).map(c -> c.substring(HALAL.length())).toList();
        List<TraceSummary.Halal> out = new ArrayList<>();
        for (TraceLot l : lots) {
            if (l.originKind == TraceLot.Origin.DERIVED) {
                continue;
            }
            facts.halalCover(l.productId, l.originDate).ifPresent(c -> out.add(new TraceSummary.Halal(c.number(),
                    c.validFrom(), c.validUntil(), l.originDate, cited.contains(c.id().toString()))));
        }
        return out.stream().distinct().toList();
    }

    private static List<TraceSummary.Quarantine> quarantine(List<JsonNode> events) {
        List<TraceSummary.Quarantine> out = new ArrayList<>();
        for (JsonNode e : events) {
            EventFields.certifications(e).stream().filter(c -> c.startsWith(QUARANTINE)).forEach(
                    c -> out.add(new TraceSummary.Quarantine(c.substring(QUARANTINE.length()),
                            EventFields.eventTime(e))));
        }
        return out;
    }

    /** Inspections other than halal attestations (those are shown with the certificate). */
    private static List<TraceSummary.Inspection> inspections(List<JsonNode> events) {
        return events.stream()
                .filter(e -> "inspecting".equals(EventFields.bizStep(e)))
                .filter(e -> EventFields.certifications(e).stream().noneMatch(c -> c.startsWith(HALAL)))
                .map(e -> new TraceSummary.Inspection(EventFields.eventTime(e), EventFields.disposition(e),
                        e.path("huinong:photo").asText(null)))
                .toList();
    }

    /** Travel steps of what was made from the lot (packs, cartons), beyond the lot's own events. */
    private List<JsonNode> downstream(TraceLot lot, List<JsonNode> upstreamEvents) {
        List<String> identifiers = graph.forward(lot.epcClass).identifiers().stream()
                .filter(i -> !i.equals(lot.epcClass)).toList();
        Set<String> seen = new HashSet<>();
        upstreamEvents.forEach(e -> seen.add(e.path("eventID").asText()));
        return graph.eventsNaming(identifiers).stream().map(StoredEvent::document)
                .filter(e -> DOWNSTREAM_STEPS.contains(EventFields.bizStep(e)))
                .filter(e -> !seen.contains(e.path("eventID").asText())).toList();
    }

    /** The steps the goods took, with where (read point) but never why (no order, no buyer). */
    private static List<TraceSummary.Step> steps(List<JsonNode> events, List<JsonNode> downstream) {
        return Stream.concat(events.stream(), downstream.stream())
                .filter(e -> EventFields.bizStep(e) != null && !NOT_STEPS.contains(EventFields.bizStep(e)))
                .filter(e -> !"recalled".equals(EventFields.disposition(e)))
                .map(e -> new TraceSummary.Step(EventFields.eventTime(e), EventFields.bizStep(e),
                        EventFields.disposition(e), e.path("readPoint").path("id").asText(null)))
                .sorted(Comparator.comparing(TraceSummary.Step::at)).toList();
    }

    private static TraceSummary.Recall recall(List<JsonNode> events) {
        OffsetDateTime at = events.stream().filter(e -> "recalled".equals(EventFields.disposition(e)))
                .map(EventFields::eventTime).min(OffsetDateTime::compareTo).orElse(null);
        return new TraceSummary.Recall(at != null, at);
    }
}
