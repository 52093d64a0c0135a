package cn.huinong.market.catalog.trace;

import cn.huinong.market.catalog.PageParams;
import cn.huinong.market.common.problem.ProblemException;
import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/** The EPCIS 2.0 query parameters, under their standard names, plus the page. */
public class TraceQueryParams extends PageParams {

    @QueryParam("eventType") public List<String> eventType;

    @QueryParam("GE_eventTime") public String geEventTime;

    @QueryParam("LT_eventTime") public String ltEventTime;

    @QueryParam("EQ_bizStep") public List<String> bizStep;

    @QueryParam("MATCH_epcClass") public List<String> epcClass;

    @QueryParam("MATCH_epc") public List<String> epc;

    @QueryParam("EQ_bizTransaction") public List<String> bizTransaction;

    EventQuery toQuery(UUID shopId) {
        List<EpcisEventType> types = list(eventType).stream().map(t -> EpcisEventType.of(t).orElseThrow(
                () -> ProblemException.invalidField("eventType", "Unknown event type '" + t + "'."))).toList();
        return new EventQuery(shopId, types, time("GE_eventTime", geEventTime), time("LT_eventTime", ltEventTime),
                list(bizStep), list(epcClass), list(epc), list(bizTransaction));
    }

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> !v.isBlank()).toList();
    }

    private static OffsetDateTime time(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, "An ISO-8601 time with offset, e.g. 2026-11-02T08:00:00+08:00.");
        }
    }
}
