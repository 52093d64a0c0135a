package cn.huinong.market.orders.logistics;

import static cn.huinong.market.orders.logistics.TestNetwork.DAILY;
import static cn.huinong.market.orders.logistics.TestNetwork.leg;
import static cn.huinong.market.orders.logistics.TestNetwork.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.huinong.market.common.testing.MutableClock;
import cn.huinong.market.common.testing.TestDatabase;
import cn.huinong.market.common.testing.TestTokens;
import cn.huinong.market.orders.Orders;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The stored network: admin changes validated as a whole, and quotes that follow every change. */
@QuarkusTest
class NetworkAdminTest {

    static final UUID SHOP = UUID.randomUUID();

    @Inject MutableClock clock;

    @BeforeEach
    void linxia() {
        TestDatabase.truncateAllExcept();
        // Monday 7 December 2026, 08:00 in Linxia: the village station has just opened.
        clock.set(Instant.parse("2026-12-07T00:00:00Z"));
        TestNetwork.linxia();
        given().auth().oauth2(Orders.admin()).contentType(ContentType.JSON).body(Map.of("nodeCode", "DHJ-V1"))
                .when().put("/api/orders/logistics/shop-stations/" + SHOP).then().statusCode(200);
    }

    @AfterEach
    void present() {
        clock.reset();
    }

    @Test
    void legsAreStoredWithTheirSchedulesAndListedByCode() {
        given().auth().oauth2(TestTokens.token("buyer-1", "buyer")).when().get(TestNetwork.LEGS).then()
                .statusCode(200).body("items", hasSize(5))
                .body("items.code", equalTo(List.of("HUB-SH", "HUB-SH-EXP", "T-HUB", "V1-HUB-REEFER", "V1-T")))
                .body("items[0].fromNode", equalTo("LX-HUB")).body("items[0].toNode", equalTo("SH-DEST"))
                .body("items[1].weekdays", equalTo(List.of("MONDAY", "WEDNESDAY", "FRIDAY")))
                .body("items[2].cost.kind", equalTo("PER_KM")).body("items[2].cost.km", equalTo(40));
        assertEquals(1,
                TestDatabase.count("SELECT count(*) FROM logistics_leg WHERE reefer AND mode = 'COUNTY_REEFER'"));
    }

    @Test
    void badLegsAreRefusedWithEveryReasonAndNothingIsStored() {
        Map<String, Object> fixed = Map.of("kind", "FIXED_PER_RUN", "runFen", 3000, "expectedLoadKg", 100);
        post(leg("X-1", "NOWHERE", "DHJ-T", "TOWNSHIP_VAN", DAILY, "10:00:00", "10:30:00", 60, fixed, 500, false))
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("fromNode")).body("errors.message", hasItem("unknown node NOWHERE"));
        post(leg("X-2", "DHJ-V1", "DHJ-T", "TOWNSHIP_VAN", DAILY, "11:00:00", "10:30:00", 60, fixed, 500, false))
                .statusCode(400).body("detail", containsString("impossible schedule, the cutoff 11:00 is after"));
        post(leg("X-3", "DHJ-V1", "DHJ-T", "TOWNSHIP_VAN", List.of(), "10:00:00", "10:30:00", 0, fixed, 500, false))
                .statusCode(400).body("current.reasons", hasItem(containsString("runs on no weekday")))
                .body("current.reasons", hasItem(containsString("the duration must be positive")));
        post(leg("X-4", "DHJ-V1", "DHJ-T", "TOWNSHIP_VAN", DAILY, "10:00:00", "10:30:00", 60,
                Map.of("kind", "FIXED_PER_RUN", "runFen", -5, "expectedLoadKg", 100), 500, false))
                .statusCode(400).body("errors.field", hasItem("cost.runFen"));
        post(leg("X-5", "DHJ-V1", "DHJ-T", "TOWNSHIP_VAN", DAILY, "10:00:00", "10:30:00", 60, fixed, -1, false))
                .statusCode(400).body("errors.field", hasItem("capacityKg"));
        post(leg("X-6", "DHJ-V1", "DHJ-T", "TOWNSHIP_VAN", DAILY, "10:00:00", "10:30:00", 60,
                Map.of("kind", "PER_KG"), 500, false)).statusCode(400).body("errors.field", hasItem("cost.fenPerKg"));
        post(leg("X-7", "DHJ-V1", "DHJ-V1", "COUNTY_REEFER", DAILY, "10:00:00", "10:30:00", 60, fixed, 500, false))
                .statusCode(400).body("current.reasons", hasItem(containsString("same node")))
                .body("current.reasons", hasItem(containsString("must be refrigerated")));
        assertEquals(5, TestDatabase.count("SELECT count(*) FROM logistics_leg"));
    }

    @Test
    void onlyAdminsChangeTheNetwork() {
        Map<String, Object> body = leg("X-8", "DHJ-V1", "DHJ-T", "TOWNSHIP_VAN", DAILY, "10:00:00", "10:30:00", 60,
                Map.of("kind", "PER_KG", "fenPerKg", 100), 500, false);
        for (String role : List.of("seller", "buyer", "logistics")) {
            given().auth().oauth2(TestTokens.token("u-" + role, role)).contentType(ContentType.JSON).body(body)
                    .when().post(TestNetwork.LEGS).then().statusCode(403);
        }
        given().auth().oauth2(TestTokens.token("u-seller", "seller")).contentType(ContentType.JSON)
                .body(Map.of("nodeCode", "DHJ-V1")).when()
                .put("/api/orders/logistics/shop-stations/" + UUID.randomUUID()).then().statusCode(403);
        given().auth().oauth2(TestTokens.token("u-logistics", "logistics")).when()
                .get("/api/orders/logistics/subsidies").then().statusCode(403);
        assertEquals(5, TestDatabase.count("SELECT count(*) FROM logistics_leg"));
    }

    private JsonPath quote(String temperature, long grams) {
        return given().auth().oauth2(TestTokens.token("buyer-1", "buyer")).queryParam("shopId", SHOP)
                .queryParam("province", "31").queryParam("grams", grams).queryParam("temperature", temperature)
                .when().get("/api/orders/logistics/quotes").then().extract().jsonPath();
    }

    @Test
    void aQuoteIsTheCheapestAndTheFastestRouteHonouringCutoffsAndOpeningHours() {
        JsonPath q = quote("AMBIENT", 2000);
        // 2 kg: a 1/50 share of the 30-yuan van, 2/300 of the 100-yuan county run, the carrier's 10 + 5 yuan.
        assertEquals(60 + 67 + 1500, q.getLong("cheapest.costFen"));
        assertEquals(List.of("V1-T", "T-HUB", "HUB-SH"), q.getList("cheapest.legs.legId"));
        assertEquals(OffsetDateTime.parse("2026-12-09T18:00+08:00").toInstant(),
                OffsetDateTime.parse(q.getString("cheapest.promisedDelivery")).toInstant());
        assertEquals(List.of("V1-T", "T-HUB", "HUB-SH-EXP"), q.getList("fastest.legs.legId"));
        assertEquals(60 + 67 + 2500 + 900, q.getLong("fastest.costFen"));
        assertTrue(OffsetDateTime.parse(q.getString("fastest.promisedDelivery"))
                .isBefore(OffsetDateTime.parse(q.getString("cheapest.promisedDelivery"))));
        assertEquals("310000", q.getString("destination"));

        // After the morning's cutoff the van leaves the next day: one day later.
        clock.set(Instant.parse("2026-12-07T02:30:00Z"));
        assertEquals(OffsetDateTime.parse("2026-12-10T18:00+08:00").toInstant(),
                OffsetDateTime.parse(quote("AMBIENT", 2000).getString("cheapest.promisedDelivery")).toInstant());
    }

    @Test
    void coldGoodsAreRefusedUntilAReeferReachesTheCountyAndTheCacheFollowsTheChange() {
        given().auth().oauth2(TestTokens.token("buyer-1", "buyer")).queryParam("shopId", SHOP)
                .queryParam("province", "31").queryParam("grams", 2000).queryParam("temperature", "CHILLED")
                .when().get("/api/orders/logistics/quotes").then().statusCode(422)
                .body("detail", containsString("cannot reach county 310000"))
                .body("current.reasons[0]", containsString("CHILLED"));
        post(leg("HUB-SH-REEFER", "LX-HUB", "SH-DEST", "CARRIER_TRUNK", DAILY, "14:00:00", "14:30:00", 1800,
                Map.of("kind", "ZONE_TARIFF", "firstKgFen", 3000, "extraKgFen", 1500), 2000, true)).statusCode(201);
        JsonPath cold = quote("CHILLED", 2000);
        assertEquals(List.of("V1-HUB-REEFER", "HUB-SH-REEFER"), cold.getList("cheapest.legs.legId"));
        // 2 kg: 2/200 of the 200-yuan reefer run, then the reefer carrier's 30 + 15 yuan.
        assertEquals(200 + 3000 + 1500, cold.getLong("cheapest.costFen"));
    }

    @Test
    void aParcelHeavierThanAnyVehicleIsRefusedWithTheReason() {
        given().auth().oauth2(TestTokens.token("buyer-1", "buyer")).queryParam("shopId", SHOP)
                .queryParam("province", "31").queryParam("grams", 6_000_000).when()
                .get("/api/orders/logistics/quotes").then().statusCode(422)
                .body("detail", containsString("heavier or bulkier than any vehicle"));
        given().auth().oauth2(TestTokens.token("buyer-1", "buyer")).queryParam("shopId", SHOP)
                .queryParam("province", "31").queryParam("grams", -5).when()
                .get("/api/orders/logistics/quotes").then().statusCode(400);
    }

    @Test
    void subsidiesAreListedApartFromTheCost() {
        TestNetwork.countySubsidy("622921", 30, 400);
        JsonPath q = quote("AMBIENT", 2000);
        assertEquals(1627, q.getLong("cheapest.costFen"));
        assertEquals(List.of(400), q.getList("cheapestSubsidies.amountFen"));
        assertEquals(List.of("COUNTY"), q.getList("cheapestSubsidies.payer"));
        given().auth().oauth2(Orders.admin()).contentType(ContentType.JSON)
                .body(Map.of("code", "BAD", "payer", "COUNTY", "divisionCode", "622921", "percent", 130,
                        "capFen", -1))
                .when().post("/api/orders/logistics/subsidies").then().statusCode(400)
                .body("errors.field", hasItem("percent")).body("errors.field", hasItem("capFen"));
    }
}
