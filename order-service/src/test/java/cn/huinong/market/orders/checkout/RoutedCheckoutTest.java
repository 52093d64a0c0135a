package cn.huinong.market.orders.checkout;

import static cn.huinong.market.orders.Orders.line;
import static cn.huinong.market.orders.Orders.shopOrder;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.huinong.market.common.testing.MutableClock;
import cn.huinong.market.common.testing.TestDatabase;
import cn.huinong.market.common.testing.TestTokens;
import cn.huinong.market.orders.CatalogStub;
import cn.huinong.market.orders.Orders;
import cn.huinong.market.orders.logistics.TestNetwork;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Checkout on the shared network: each shop on it is quoted from its village station instead of the flat tariff. */
@QuarkusTest
class RoutedCheckoutTest {

    final String buyer = TestTokens.token("buyer-1", "buyer");
    static final UUID DAHEJIA = UUID.randomUUID();
    static final UUID BRICK = UUID.randomUUID();
    UUID walnuts;
    UUID lamb;
    UUID carving;

    @Inject MutableClock clock;

    @Inject DeadlineJobs jobs;

    final String seller = TestTokens.token("seller-dhj", "seller");

    @BeforeEach
    void network() {
        TestDatabase.truncateAllExcept();
        CatalogStub.reset();
        clock.set(Instant.parse("2026-12-07T00:00:00Z"));
        TestNetwork.linxia();
        given().auth().oauth2(Orders.admin()).contentType(ContentType.JSON).body(Map.of("nodeCode", "DHJ-V1"))
                .when().put("/api/orders/logistics/shop-stations/" + DAHEJIA).then().statusCode(200);
        walnuts = CatalogStub.sku(DAHEJIA, "大河家核桃合作社", "seller-dhj", "NONE", "薄皮核桃", 2200, 1000, "AMBIENT");
        lamb = CatalogStub.sku(DAHEJIA, "大河家核桃合作社", "seller-dhj", "NONE", "冷鲜羊肉", 9800, 1500, "CHILLED");
        carving = CatalogStub.sku(BRICK, "河州砖雕坊", "seller-ma", "NONE", "河州砖雕挂件", 12800, 1800, "AMBIENT");
    }

    @AfterEach
    void present() {
        clock.reset();
    }

    private Map<String, Object> cart(List<Map<String, Object>> lines, String shipping) {
        Map<String, Object> body = new HashMap<>(Orders.cart(lines, "31"));
        if (shipping != null) {
            body.put("shipping", shipping);
        }
        return body;
    }

    @Test
    void aShopOnTheNetworkIsQuotedOnItsRouteAndOneOffItAtTheTariff() {
        JsonPath body = given().auth().oauth2(buyer).contentType(ContentType.JSON)
                .body(cart(List.of(line(walnuts, 2), line(carving, 1)), null))
                .when().post("/api/orders/checkouts").then().statusCode(201).extract().jsonPath();
        Map<String, Object> dhj = shopOrder(body, DAHEJIA);
        assertEquals(1627, ((Number) dhj.get("shippingFen")).intValue());
        Map<?, ?> routed = (Map<?, ?>) dhj.get("routedShipping");
        assertEquals("CHEAPEST", routed.get("choice"));
        assertEquals("DHJ-V1", routed.get("originNode"));
        assertEquals(1627, ((Number) routed.get("costFen")).intValue());
        assertEquals(OffsetDateTime.parse("2026-12-09T18:00+08:00").toInstant(),
                OffsetDateTime.parse((String) routed.get("promisedDelivery")).toInstant());
        assertEquals(List.of("V1-T", "T-HUB", "HUB-SH"),
                ((List<?>) routed.get("route")).stream().map(l -> ((Map<?, ?>) l).get("legId")).toList());
        // The brick-carving shop has no station on the network yet: the flat tariff (Shanghai, 1.8 kg → 2 kg).
        Map<String, Object> brick = shopOrder(body, BRICK);
        assertEquals(1200 + 600, ((Number) brick.get("shippingFen")).intValue());
        assertEquals(null, brick.get("routedShipping"));

        assertEquals(1, TestDatabase.count("SELECT count(*) FROM shop_order WHERE origin_node_code = 'DHJ-V1'"
                + " AND jsonb_array_length(shipping_route) = 3 AND shipping_cost_fen = 1627"
                + " AND promised_delivery = '2026-12-09T10:00:00Z'"));
        assertEquals(body.getLong("goodsFen") + 1627 + 1800, body.getLong("totalFen"));
        // The buyer reads the same on the order afterwards.
        given().auth().oauth2(buyer).when().get("/api/orders/checkouts/" + body.getString("id")).then()
                .statusCode(200)
                .body("shopOrders.find { it.shopId == '" + DAHEJIA + "' }.routedShipping.route[2].legId",
                        equalTo("HUB-SH"));
    }

    @Test
    void theBuyerMayTakeTheFastestRoute() {
        JsonPath body = given().auth().oauth2(buyer).contentType(ContentType.JSON)
                .body(cart(List.of(line(walnuts, 2)), "FASTEST"))
                .when().post("/api/orders/checkouts").then().statusCode(201).extract().jsonPath();
        Map<String, Object> dhj = shopOrder(body, DAHEJIA);
        assertEquals(60 + 67 + 2500 + 900, ((Number) dhj.get("shippingFen")).intValue());
        assertEquals("FASTEST", ((Map<?, ?>) dhj.get("routedShipping")).get("choice"));
    }

    @Test
    void chilledGoodsThatCannotReachTheBuyerColdAreRefusedWithTheReasonAndNothingIsReserved() {
        given().auth().oauth2(buyer).contentType(ContentType.JSON)
                .body(cart(List.of(line(walnuts, 1), line(lamb, 1)), null))
                .when().post("/api/orders/checkouts").then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("CHILLED"))
                .body("detail", containsString("cannot reach county 310000"))
                .body("current.shopId", equalTo(DAHEJIA.toString()));
        assertEquals(0, TestDatabase.count("SELECT count(*) FROM checkout"));
        assertEquals(0, TestDatabase.count("SELECT count(*) FROM shop_order"));
    }

    @Test
    void aSubsidyLowersWhatTheBuyerPaysAndIsKeptApart() {
        TestNetwork.countySubsidy("6229", 30, 400);
        JsonPath body = given().auth().oauth2(buyer).contentType(ContentType.JSON)
                .body(cart(List.of(line(walnuts, 2)), null))
                .when().post("/api/orders/checkouts").then().statusCode(201).extract().jsonPath();
        Map<String, Object> dhj = shopOrder(body, DAHEJIA);
        assertEquals(1627 - 400, ((Number) dhj.get("shippingFen")).intValue());
        Map<?, ?> routed = (Map<?, ?>) dhj.get("routedShipping");
        assertEquals(1627, ((Number) routed.get("costFen")).intValue());
        assertEquals(400, ((Number) routed.get("subsidyFen")).intValue());

        // Paid, shipped, delivered and completed: the county's 4 yuan reach the shop as a ledger line of their own.
        Orders.deliver(Orders.pay(buyer, body)).statusCode(200);
        String order = (String) dhj.get("id");
        Orders.move(seller, order, "ACCEPTED", Map.of()).statusCode(200);
        Orders.move(seller, order, "SHIPPED", Map.of("carrier", "邮政", "trackingNumber", "EMS7654321")).statusCode(200);
        Orders.move(buyer, order, "DELIVERED", Map.of()).statusCode(200);
        clock.advance(Duration.ofDays(7).plusMinutes(1));
        assertEquals(1, jobs.runAll().completed());
        assertEquals(1227, TestDatabase.count("SELECT sum(amount_fen) FROM ledger_legs WHERE line_kind = 'SHIPPING'"
                + " AND account_type = 'PROVIDER_CLEARING'"));
        assertEquals(400, TestDatabase.count("SELECT sum(amount_fen) FROM ledger_legs WHERE line_kind = 'SUBSIDY'"
                + " AND account_type = 'SUBSIDY_RECEIVABLE' AND side = 'D'"));
        assertEquals(400, TestDatabase.count("SELECT sum(amount_fen) FROM ledger_legs WHERE line_kind = 'SUBSIDY'"
                + " AND account_type = 'SHOP_AVAILABLE' AND side = 'C' AND shop_id = ?", DAHEJIA));
    }
}
