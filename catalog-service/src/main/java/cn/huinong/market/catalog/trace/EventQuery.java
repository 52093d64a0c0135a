package cn.huinong.market.catalog.trace;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The EPCIS 2.0 query parameters the repository answers (all optional, ANDed; a list means any of): eventType,
 * GE_eventTime, LT_eventTime, EQ_bizStep (short or full CBV URI), MATCH_epcClass, MATCH_epc, EQ_bizTransaction; and
 * the shop whose events are asked for.
 */
public record EventQuery(UUID shopId, List<EpcisEventType> eventTypes, OffsetDateTime geEventTime,
        OffsetDateTime ltEventTime, List<String> bizSteps, List<String> epcClasses, List<String> epcs,
        List<String> bizTransactions) {

    public static EventQuery all() {
        return new EventQuery(null, List.of(), null, null, List.of(), List.of(), List.of(), List.of());
    }

    public EventQuery forShop(UUID shop) {
        return new EventQuery(shop, eventTypes, geEventTime, ltEventTime, bizSteps, epcClasses, epcs, bizTransactions);
    }

    public EventQuery withTypes(EpcisEventType... types) {
        return new EventQuery(shopId, List.of(types), geEventTime, ltEventTime, bizSteps, epcClasses, epcs,
                bizTransactions);
    }

    public EventQuery between(OffsetDateTime ge, OffsetDateTime lt) {
        return new EventQuery(shopId, eventTypes, ge, lt, bizSteps, epcClasses, epcs, bizTransactions);
    }

    public EventQuery withBizSteps(String... steps) {
        return new EventQuery(shopId, eventTypes, geEventTime, ltEventTime, List.of(steps), epcClasses, epcs,
                bizTransactions);
    }

    public EventQuery withEpcClasses(String... classes) {
        return new EventQuery(shopId, eventTypes, geEventTime, ltEventTime, bizSteps, List.of(classes), epcs,
                bizTransactions);
    }

    public EventQuery withEpcs(String... ids) {
        return new EventQuery(shopId, eventTypes, geEventTime, ltEventTime, bizSteps, epcClasses, List.of(ids),
                bizTransactions);
    }

    public EventQuery withBizTransactions(String... ids) {
        return new EventQuery(shopId, eventTypes, geEventTime, ltEventTime, bizSteps, epcClasses, epcs,
                List.of(ids));
    }
}
