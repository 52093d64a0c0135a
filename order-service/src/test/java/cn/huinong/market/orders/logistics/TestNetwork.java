package cn.huinong.market.orders.logistics;

import static io.restassured.RestAssured.given;

import cn.huinong.market.orders.Orders;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small Linxia county network built through the admin API: village station 大河家村 (open mornings) → township point
 * 大河家镇 → county hub, and a carrier trunk to Shanghai (310000); a reefer truck village → hub twice a week, but no
 * reefer trunk out of the county (cold goods cannot leave until one is added).
 */
public final class TestNetwork {

    public static final String NODES = "/api/orders/logistics/nodes";
    public static final String LEGS = "/api/orders/logistics/legs";

    private TestNetwork() {
    }

    public static String node(String code, String level, String division, String parentId, String kind,
            String opens, String closes) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "节点" + code);
        body.put("level", level);
        body.put("divisionCode", division);
        body.put("parentId", parentId);
        body.put("kind", kind);
        body.put("latitude", 35.8);
        body.put("longitude", 102.8);
        body.put("opens", opens);
        body.put("closes", closes);
        body.put("coldCapable", "COUNTY_HUB".equals(kind));
        return given().auth().oauth2(Orders.admin()).contentType(ContentType.JSON).body(body).when().post(NODES)
                .then().statusCode(201).extract().path("id");
    }

    public static Map<String, Object> leg(String code, String from, String to, String mode, List<String> weekdays,
            String cutoff, String departure, int minutes, Map<String, Object> cost, long capacityKg,
            boolean reefer) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("fromNode", from);
        body.put("toNode", to);
        body.put("mode", mode);
        body.put("weekdays", weekdays);
        body.put("cutoff", cutoff);
        body.put("departure", departure);
        body.put("durationMinutes", minutes);
        body.put("cost", cost);
        body.put("capacityKg", capacityKg);
        body.put("capacityLitres", capacityKg * 4);
        body.put("reefer", reefer);
        return body;
    }

    public static ValidatableResponse post(Map<String, Object> leg) {
        return given().auth().oauth2(Orders.admin()).contentType(ContentType.JSON).body(leg).when().post(LEGS)
                .then();
    }

    /** The county pays {@code percent} of a parcel's route cost from {@code region}, at most {@code capFen}. */
    public static void countySubsidy(String region, int percent, long capFen) {
        given().auth().oauth2(Orders.admin()).contentType(ContentType.JSON)
                .body(Map.of("code", "LX-COUNTY-2026", "payer", "COUNTY", "divisionCode", region, "percent", percent,
                        "capFen", capFen))
                .when().post("/api/orders/logistics/subsidies").then().statusCode(201);
    }

    public static final List<String> DAILY = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
            "SATURDAY", "SUNDAY");

    /** Builds the network; the village station's code is "DHJ-V1". */
    public static void linxia() {
        String hub = node("LX-HUB", "COUNTY", "622921", null, "COUNTY_HUB", null, null);
        node("SH-DEST", "COUNTY", "310000", null, "COUNTY_HUB", null, null);
        String township = node("DHJ-T", "TOWNSHIP", "622921101", hub, null, null, null);
        node("DHJ-V1", "VILLAGE", "622921101201", township, null, "08:00:00", "12:00:00");
        post(leg("V1-T", "DHJ-V1", "DHJ-T", "TOWNSHIP_VAN", DAILY, "10:00:00", "10:30:00", 60,
                Map.of("kind", "FIXED_PER_RUN", "runFen", 3000, "expectedLoadKg", 100), 500, false)).statusCode(201);
        post(leg("T-HUB", "DHJ-T", "LX-HUB", "COUNTY_VAN", DAILY, "13:00:00", "13:30:00", 90,
                Map.of("kind", "PER_KM", "fenPerKm", 250, "km", 40, "expectedLoadKg", 300), 1500, false))
                .statusCode(201);
        post(leg("HUB-SH", "LX-HUB", "SH-DEST", "CARRIER_TRUNK", DAILY, "17:00:00", "18:00:00", 2880,
                Map.of("kind", "ZONE_TARIFF", "firstKgFen", 1000, "extraKgFen", 500), 5000, false)).statusCode(201);
        // Faster but dearer: an express trunk on weekdays.
        post(leg("HUB-SH-EXP", "LX-HUB", "SH-DEST", "CARRIER_TRUNK", List.of("MONDAY", "WEDNESDAY", "FRIDAY"),
                "15:00:00", "15:30:00", 1440, Map.of("kind", "ZONE_TARIFF", "firstKgFen", 2500, "extraKgFen", 900),
                5000, false)).statusCode(201);
        post(leg("V1-HUB-REEFER", "DHJ-V1", "LX-HUB", "COUNTY_REEFER", List.of("MONDAY", "THURSDAY"), "09:30:00",
                "10:00:00", 180, Map.of("kind", "FIXED_PER_RUN", "runFen", 20000, "expectedLoadKg", 200), 800, true))
                .statusCode(201);
    }
}
