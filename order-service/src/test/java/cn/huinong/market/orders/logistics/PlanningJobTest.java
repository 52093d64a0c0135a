package cn.huinong.market.orders.logistics;

import static cn.huinong.market.orders.Orders.line;
import static cn.huinong.market.orders.logistics.TestNetwork.DAILY;
import static cn.huinong.market.orders.logistics.TestNetwork.leg;
import static cn.huinong.market.orders.logistics.TestNetwork.node;
import static cn.huinong.market.orders.logistics.TestNetwork.post;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.huinong.market.common.testing.MutableClock;
import cn.huinong.market.common.testing.TestDatabase;
import cn.huinong.market.common.testing.TestTokens;
import cn.huinong.market.orders.CatalogStub;
import cn.huinong.market.orders.Orders;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Planning jobs over HTTP: three shops at two village stations of one township, six paid 30 kg parcels; one township
 * van brings them in and one county van takes them to the hub, cheaper than every shop shipping alone.
 */
@QuarkusTest
class PlanningJobTest {

    static final String JOBS = "/api/orders/logistics/planning-jobs";
    static final String CUTOFF = "2026-12-07T10:00:00+08:00";

    final String operator = TestTokens.token("ops-1", "logistics");
    final String buyer = TestTokens.token("buyer-plan", "buyer");

    @Inject MutableClock clock;

    final List<String> parcels = new ArrayList<>();

    @BeforeEach
    void paidOrders() {
        TestDatabase.truncateAllExcept();
        CatalogStub.reset();
        clock.set(Instant.parse("2026-12-07T00:00:00Z"));
        String hub = node("PL-HUB", "COUNTY", "622921", null, "COUNTY_HUB", null, null);
        node("PL-SH", "COUNTY", "310000", null, "COUNTY_HUB", null, null);
        String township = node("PL-T", "TOWNSHIP", "622921101", hub, null, null, null);
        node("PL-V1", "VILLAGE", "622921101201", township, null, "08:00:00", "12:00:00");
        node("PL-V2", "VILLAGE", "622921101202", township, null, "08:00:00", "12:00:00");
        post(leg("PL-V1-T", "PL-V1", "PL-T", "TOWNSHIP_VAN", DAILY, "10:00:00", "10:30:00", 60, perKm(8), 500,
                false)).statusCode(201);
        post(leg("PL-V2-T", "PL-V2", "PL-T", "TOWNSHIP_VAN", DAILY, "10:00:00", "10:30:00", 60, perKm(12), 500,
                false)).statusCode(201);
        post(leg("PL-T-HUB", "PL-T", "PL-HUB", "COUNTY_VAN", DAILY, "13:00:00", "13:30:00", 90, perKm(20), 1500,
                false)).statusCode(201);
        post(leg("PL-HUB-SH", "PL-HUB", "PL-SH", "CARRIER_TRUNK", DAILY, "17:00:00", "18:00:00", 2880,
                Map.of("kind", "ZONE_TARIFF", "firstKgFen", 1000, "extraKgFen", 500), 5000, false)).statusCode(201);
        String[] stations = {"PL-V1", "PL-V1", "PL-V2"};
        for (int shop = 0; shop < 3; shop++) {
            UUID shopId = UUID.randomUUID();
            given().auth().oauth2(Orders.admin()).contentType(ContentType.JSON)
                    .body(Map.of("nodeCode", stations[shop])).when()
                    .put("/api/orders/logistics/shop-stations/" + shopId).then().statusCode(200);
            UUID sku = CatalogStub.sku(shopId, "合作社" + shop, "seller-" + shop, "NONE", "土豆", 300, 1000,
                    "AMBIENT");
            for (int order = 0; order < 2; order++) {
                JsonPath checkout = given().auth().oauth2(buyer).contentType(ContentType.JSON)
                        .body(Orders.cart(List.of(line(sku, 30)), "31")).when().post("/api/orders/checkouts").then()
                        .statusCode(201).extract().jsonPath();
                Orders.deliver(Orders.pay(buyer, checkout)).statusCode(200);
                parcels.add(checkout.getString("shopOrders[0].id"));
            }
        }
    }

    @AfterEach
    void present() {
        clock.reset();
    }

    private static Map<String, Object> perKm(int km) {
        return Map.of("kind", "PER_KM", "fenPerKm", 250, "km", km, "expectedLoadKg", 300);
    }

    private String submit(String token, Object body, int status) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(JOBS).then()
                .statusCode(status).extract().path("id");
    }

    /** Polls the job until it has finished: the solver works on the managed executor, in real CPU time. */
    private JsonPath awaitFinished(String id) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> given().auth().oauth2(operator).when().get(JOBS + "/" + id).then().statusCode(200)
                        .extract().jsonPath(), job -> List.of("DONE", "FAILED").contains(job.getString("status")));
    }

    @Test
    void theParcelsRideSharedRunsEachOnceAndNoShopPaysMoreThanAlone() {
        var response = given().auth().oauth2(operator).contentType(ContentType.JSON)
                .body(Map.of("hubCode", "PL-HUB", "cutoff", CUTOFF)).when().post(JOBS).then().statusCode(202)
                .header("Location", containsString(JOBS + "/")).extract();
        String id = response.path("id");
        assertTrue(response.header("Location").endsWith(id));
        // Asked again while it is queued or running, the same job answers; once done, a new job finds nothing left.
        String again = submit(operator, Map.of("hubCode", "PL-HUB", "cutoff", CUTOFF), 202);

        JsonPath job = awaitFinished(id);
        assertEquals("DONE", job.getString("status"), job.getString("error"));
        assertEquals(100, job.getInt("progress"));
        JsonPath result = new JsonPath(job.prettify()).setRootPath("result");
        assertEquals(6, result.getInt("parcels"));
        assertEquals(List.of(), result.getList("violations"));
        assertEquals(List.of(), result.getList("rolledOverAtVillages"));
        assertEquals(List.of(), result.getList("rolledOverAtTownships"));
        for (String tier : List.of("TOWNSHIP", "COUNTY")) {
            List<String> carried = new ArrayList<>();
            List<Map<String, Object>> runs = result.getList("runs.findAll { it.tier == '" + tier + "' }");
            runs.forEach(run -> ((List<?>) run.get("stops"))
                    .forEach(stop -> ((List<?>) ((Map<?, ?>) stop).get("parcelIds"))
                            .forEach(parcel -> carried.add((String) parcel))));
            assertEquals(Set.copyOf(parcels), new HashSet<>(carried), tier);
            assertEquals(parcels.size(), carried.size(), tier + " carries each parcel once");
        }
        long total = 0;
        for (Map<String, Object> run : result.<Map<String, Object>>getList("runs")) {
            long split = ((Map<?, ?>) run.get("splitFen")).values().stream().mapToLong(v -> ((Number) v).longValue())
                    .sum();
            assertEquals(((Number) run.get("costFen")).longValue(), split, "run " + run.get("id"));
            total += split;
        }
        assertEquals(0, result.getLong("uncoveredFen"));
        assertEquals(result.getLong("costFen"), total);
        for (Map<String, Object> shop : result.<Map<String, Object>>getList("shops")) {
            assertTrue(((Number) shop.get("fen")).longValue() <= ((Number) shop.get("standAloneFen")).longValue(),
                    "shop " + shop);
        }
        assertEquals(3, result.getList("shops").size());
        assertTrue(result.getLong("costFen") < result.getLong("aloneFen"));
        assertTrue(result.getDouble("km") < result.getDouble("aloneKm"));

        JsonPath second = awaitFinished(again);
        assertEquals("DONE", second.getString("status"));
        assertEquals(id.equals(again) ? 6 : 0, second.getInt("result.parcels"));
        assertEquals(6, TestDatabase.count("SELECT count(*) FROM logistics_planned_parcel"));
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM logistics_planning_job WHERE status = 'DONE'"
                + " AND result->>'parcels' = '6' AND finished_at = '2026-12-07T00:00:00Z'"));
    }

    @Test
    void buyersAndSellersMayNotPlan() {
        Map<String, Object> body = Map.of("hubCode", "PL-HUB", "cutoff", CUTOFF);
        submit(buyer, body, 403);
        submit(TestTokens.token("seller-0", "seller"), body, 403);
        assertEquals(0, TestDatabase.count("SELECT count(*) FROM logistics_planning_job"));
    }

    @Test
    void aBadCutoffOrHubIsRefused() {
        given().auth().oauth2(operator).contentType(ContentType.JSON)
                .body(Map.of("hubCode", "PL-HUB", "cutoff", "tomorrow morning")).when().post(JOBS).then()
                .statusCode(400).contentType(containsString("application/problem+json"));
        Map<String, Object> noCutoff = new HashMap<>();
        noCutoff.put("hubCode", "PL-HUB");
        submit(operator, noCutoff, 400);
        given().auth().oauth2(operator).contentType(ContentType.JSON)
                .body(Map.of("hubCode", "PL-T", "cutoff", CUTOFF)).when().post(JOBS).then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("detail", equalTo("no county hub PL-T in the network"));
        assertEquals(0, TestDatabase.count("SELECT count(*) FROM logistics_planning_job"));
    }
}
