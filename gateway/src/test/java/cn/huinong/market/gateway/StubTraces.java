package cn.huinong.market.gateway;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * catalog's public trace summary as the stand-in answers it: a lot whose code contains {@code RECALLED} is recalled
 * with a cold-chain excursion, {@code UNKNOWN} is no lot (404), a code catalog could not parse (a short code
 * that is not 10 characters, or anything else) is 400, and any other Digital Link or short code is a normal lot.
 */
final class StubTraces {

    static final String PATH = "/api/catalog/trace/public/summary";

    private StubTraces() {
    }

    static void answer(HttpServerRequest request) {
        String code = request.getParam("code", "");
        boolean digitalLink = code.matches("(?:https?://[^/]+)?/01/\\d{14}/10/[^/]+");
        boolean shortCode = code.matches("(?:https?://[^/]+)?/t/[0-9A-Za-z]{10}");
        if (!digitalLink && !shortCode) {
            problem(request, 400, "Expected /01/{gtin}/10/{lot} or /t/{code}.");
        } else if (code.contains("UNKNOWN")) {
            problem(request, 404, "No lot " + code + ".");
        } else {
            boolean recalled = code.contains("RECALLED");
            request.response().putHeader("Content-Type", "application/json")
                    .end(summary(code, recalled, request.getHeader("Accept-Language")).encode());
        }
    }

    private static JsonObject summary(String code, boolean recalled, String language) {
        return new JsonObject()
                .put("traceCode", code)
                .put("language", language)
                .put("product", new JsonObject().put("nameZh", "盐池滩羊肉").put("nameEn", "Yanchi Tan lamb"))
                .put("lot", new JsonObject().put("lotNumber", "L2026-11-03").put("gtin", "06901234567892")
                        .put("origin", "SLAUGHTER").put("originDate", "2026-11-03").put("quantity", 120.5)
                        .put("unit", "KGM").put("bestBefore", "2026-12-03").put("temperatureClass", "CHILLED"))
                .put("origins", new JsonArray().add(new JsonObject().put("lotNumber", "H-17").put("kind", "HARVEST")
                        .put("date", "2026-11-01").put("countyCode", "640323").put("villageName", "花马池镇北塘新村")))
                .put("halal", new JsonArray().add(new JsonObject().put("number", "HL-NX-2026-0042")
                        .put("validFrom", "2026-01-01").put("validUntil", "2026-12-31").put("coveredOn", "2026-11-03")
                        .put("attested", true)))
                .put("quarantine", new JsonArray().add(new JsonObject().put("number", "QC-640323-8812")
                        .put("recordedAt", "2026-11-03T08:00:00+08:00")))
                .put("inspections", new JsonArray().add(new JsonObject().put("at", "2026-11-03T10:30:00+08:00")
                        .put("result", "PASS")))
                .put("coldChain", new JsonObject().put("readings", 48).put("minCelsius", 1.5)
                        .put("maxCelsius", recalled ? 9.8 : 3.9).put("flagged", recalled)
                        .put("excursions", new JsonArray()))
                .put("steps", new JsonArray()
                        .add(new JsonObject().put("at", "2026-11-03T09:00:00+08:00").put("bizStep", "commissioning"))
                        .add(new JsonObject().put("at", "2026-11-04T07:00:00+08:00").put("bizStep", "shipping")
                                .put("disposition", "in_transit")))
                .put("recall", new JsonObject().put("recalled", recalled)
                        .put("at", recalled ? "2026-11-06T12:00:00+08:00" : null));
    }

    private static void problem(HttpServerRequest request, int status, String detail) {
        request.response().setStatusCode(status).putHeader("Content-Type", "application/problem+json")
                .end(new JsonObject().put("status", status).put("title", "stub").put("detail", detail).encode());
    }
}
