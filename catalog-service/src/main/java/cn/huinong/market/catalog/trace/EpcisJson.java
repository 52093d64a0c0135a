package cn.huinong.market.catalog.trace;

import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.common.problem.ProblemType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads a captured body; text that is not JSON at all is a malformed-JSON problem naming where it broke. */
final class EpcisJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EpcisJson() {
    }

    static JsonNode read(String body) {
        if (body == null || body.isBlank()) {
            throw new ProblemException(ProblemType.MALFORMED_JSON,
                    "The body is empty: send an EPCIS JSON-LD document.");
        }
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ProblemException(ProblemType.MALFORMED_JSON, "The body is not valid JSON (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ").");
        }
    }
}
