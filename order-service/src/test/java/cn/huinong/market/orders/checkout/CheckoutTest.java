package cn.huinong.market.orders.checkout;

import static cn.huinong.market.orders.Orders.cart;
import static cn.huinong.market.orders.Orders.line;
import static cn.huinong.market.orders.Orders.shopOrder;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.huinong.market.common.testing.TestDatabase;
import cn.huinong.market.common.testing.TestTokens;
import cn.huinong.market.orders.CatalogStub;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The checkout saga against a stand-in catalog-service: pricing, reservation, refusals and failures. */
@QuarkusTest
class CheckoutTest {

    // Tokens are made per test (an instance per test method): they live five minutes, and on a busy machine a
    // run of this class can outlast one.
    final String BUYER = TestTokens.token("buyer-1", "buyer");
    static final UUID MA = UUID.randomUUID();
    static final UUID HEZHENG = UUID.randomUUID();
    static final UUID BRICK = UUID.randomUUID();
    UUID beef;
    UUID walnuts;
    UUID lily;
    UUID carving;

    @BeforeEach
    void threeShops() {
        TestDatabase.truncateAllExcept();
        CatalogStub.reset();
        beef = CatalogStub.sku(MA, "马家清真牛羊肉", "seller-ma", "NONE", "清真牦牛肉干", 6800, 550, "CHILLED");
        walnuts = CatalogStub.sku(HEZHENG, "和政县核桃百合专业合作社", "seller-he", "SUPPORTED_HOUSEHOLD", "薄皮核桃",
                2200, 620, "AMBIENT");
        lily = CatalogStub.sku(HEZHENG, "和政县核桃百合专业合作社", "seller-he", "SUPPORTED_HOUSEHOLD", "兰州百合干",
                3900, 300, "AMBIENT");
        carving = CatalogStub.sku(BRICK, "河州砖雕坊", "seller-ma", "TRAINEE", "河州砖雕挂件", 12800, 1800, "AMBIENT");
    }

    @Test
    void aCartOverThreeShopsIsOnePaymentAndThreeShopOrdersWhoseTotalsAddUpToTheFen() {
        JsonPath body = given().auth().oauth2(BUYER).contentType(ContentType.JSON)
                .body(cart(List.of(line(beef, 2), line(walnuts, 3), line(lily, 1), line(carving, 1)), "31"))
                .when().post("/api/orders/checkouts").then().statusCode(201)
                .header("Location", containsString("/api/orders/checkouts/"))
                .body("status", equalTo("PENDING_PAYMENT"))
                .body("payUrl", notNullValue())
                .body("shopOrders", hasSize(3))
                .extract().jsonPath();
        long goods = 2 * 6800 + 3 * 2200 + 3900 + 12800;
        assertEquals(goods, body.getLong("goodsFen"));
        // Shanghai is in the central zone: 12 yuan first kg + 6 yuan per extra kg; chilled beef adds 15 yuan.
        Map<String, Object> ma = shopOrder(body, MA);
        assertEquals(13600L, ((Number) ma.get("goodsFen")).longValue());
        assertEquals(1200L + 600L + 1500L, ((Number) ma.get("shippingFen")).longValue()); // 1,100 g → 2 kg
        assertEquals(500, ma.get("commissionRateBp"));
        assertEquals(680L, ((Number) ma.get("commissionFen")).longValue());
        Map<String, Object> he = shopOrder(body, HEZHENG);
        assertEquals(10500L, ((Number) he.get("goodsFen")).longValue());
        assertEquals(1200L + 600L * 2, ((Number) he.get("shippingFen")).longValue()); // 2,160 g → 3 kg
        assertEquals(200, he.get("commissionRateBp")); // supported household: the lower rate
        assertEquals(210L, ((Number) he.get("commissionFen")).longValue());
        Map<String, Object> brick = shopOrder(body, BRICK);
        assertEquals(200, brick.get("commissionRateBp")); // trainee's shop
        long sumOfShopOrders = body.getList("shopOrders.totalFen", Number.class).stream()
                .mapToLong(Number::longValue).sum();
        assertEquals(body.getLong("totalFen"), sumOfShopOrders);
        assertEquals(body.getLong("goodsFen") + body.getLong("shippingFen"), body.getLong("totalFen"));

        // Names and prices are frozen on the order; stock was reserved once for the whole checkout.
        assertEquals("清真牦牛肉干", ((Map<?, ?>) ((List<?>) ma.get("lines")).get(0)).get("productNameZh"));
        CatalogStub.server().verify(1, postRequestedFor(urlPathEqualTo("/api/catalog/reservations"))
                .withHeader("Authorization",
                        com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer order-service-token"))
                .withRequestBody(matchingJsonPath("$.checkoutId",
                        com.github.tomakehurst.wiremock.client.WireMock.equalTo(body.getString("id"))))
                .withRequestBody(matchingJsonPath("$.lines.length()",
                        com.github.tomakehurst.wiremock.client.WireMock.equalTo("4"))));
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM checkout"));
        assertEquals(3, TestDatabase.count("SELECT count(*) FROM shop_order WHERE status = 'PENDING_PAYMENT'"));
        assertEquals(goods + 1200 + 600 + 1500 + 2400 + 1200 + 600,
                TestDatabase.count("SELECT sum(total_fen) FROM shop_order"));
    }

    @Test
    void shortStockIsAClearConflictAndLeavesNothingBehind() {
        CatalogStub.shortOf(walnuts, 30, 4);
        given().auth().oauth2(BUYER).contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(cart(List.of(line(beef, 1), line(walnuts, 30)), "31"))
                .when().post("/api/orders/checkouts").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("short of stock"))
                .body("current.shortSkus[0].skuId", equalTo(walnuts.toString()))
                .body("current.shortSkus[0].productNameZh", equalTo("薄皮核桃"))
                .body("current.shortSkus[0].available", equalTo(4))
                .body("errors.field", hasItem("lines[1].quantity"));
        assertEquals(0, TestDatabase.count("SELECT count(*) FROM checkout"));
        assertEquals(0, TestDatabase.count("SELECT count(*) FROM shop_order"));
    }

    @Test
    void whenCatalogIsDownTheBuyerIsToldAndNothingIsKept() {
        CatalogStub.reservationsFailing();
        given().auth().oauth2(BUYER).contentType(ContentType.JSON)
                .body(cart(List.of(line(beef, 1)), "31"))
                .when().post("/api/orders/checkouts").then().statusCode(503)
                .contentType("application/problem+json");
        assertEquals(0, TestDatabase.count("SELECT count(*) FROM checkout"));
        // A reservation that might have gone through before the failure is released again.
        CatalogStub.server().verify(postRequestedFor(urlPathMatching("/api/catalog/reservations/.+/release")));
    }

    @Test
    void unsellableAndUnknownSkusAreRefusedBeforeAnythingIsReserved() {
        CatalogStub.notSellable(lily, "OUT_OF_STOCK");
        given().auth().oauth2(BUYER).contentType(ContentType.JSON)
                .body(cart(List.of(line(beef, 1), line(lily, 1)), "31"))
                .when().post("/api/orders/checkouts").then().statusCode(409)
                .body("errors.field", hasItem("lines[1].skuId"))
                .body("current.unavailableSkus[0].reason", equalTo("OUT_OF_STOCK"));
        given().auth().oauth2(BUYER).contentType(ContentType.JSON)
                .body(cart(List.of(line(UUID.randomUUID(), 1)), "31"))
                .when().post("/api/orders/checkouts").then().statusCode(422)
                .body("errors.field", hasItem("lines[0].skuId"));
        CatalogStub.server().verify(0, postRequestedFor(urlPathEqualTo("/api/catalog/reservations")));
        assertEquals(0, TestDatabase.count("SELECT count(*) FROM checkout"));
    }

    @Test
    void badInputIsAFieldByFieldValidationProblem() {
        given().auth().oauth2(BUYER).contentType(ContentType.JSON)
                .body(Map.of("lines", List.of(line(beef, 0)), "address", Map.of("recipientName", "",
                        "phone", "12345", "provinceCode", "99", "addressLine", "x")))
                .when().post("/api/orders/checkouts").then().statusCode(400)
                .body("errors.field", hasItem("lines[0].quantity"))
                .body("errors.field", hasItem("address.phone"));
        given().auth().oauth2(BUYER).contentType(ContentType.JSON)
                .body(cart(List.of(line(beef, 1), line(beef, 2)), "31"))
                .when().post("/api/orders/checkouts").then().statusCode(400)
                .body("errors.field", hasItem("lines[1].skuId"));
        given().auth().oauth2(BUYER).contentType(ContentType.JSON).body("{\"lines\": [")
                .when().post("/api/orders/checkouts").then().statusCode(400);
        given().contentType(ContentType.JSON).body(cart(List.of(line(beef, 1)), "31"))
                .when().post("/api/orders/checkouts").then().statusCode(401);
        given().auth().oauth2(TestTokens.token("seller-ma", "seller")).contentType(ContentType.JSON)
                .body(cart(List.of(line(beef, 1)), "31"))
                .when().post("/api/orders/checkouts").then().statusCode(403);
        assertEquals(0, TestDatabase.count("SELECT count(*) FROM checkout"));
    }

    @Test
    void aCheckoutIdWhoseReservationWasReleasedCannotBeUsedAgain() {
        // The first attempt with this id failed after catalog had reserved, and order-service released it; catalog
        // answers the retry with that released reservation, which holds no stock.
        CatalogStub.reservationAlreadyReleased();
        Map<String, Object> body = new java.util.HashMap<>(cart(List.of(line(walnuts, 2)), "62"));
        body.put("id", UUID.randomUUID());
        given().auth().oauth2(BUYER).contentType(ContentType.JSON).header("Accept-Language", "en").body(body)
                .when().post("/api/orders/checkouts").then().statusCode(409)
                .body("detail", containsString("new id"));
        assertEquals(0, TestDatabase.count("SELECT count(*) FROM checkout"));
    }

    @Test
    void aClientChosenIdMakesARetriedCheckoutSafeAndBelongsToItsBuyer() {
        UUID id = UUID.randomUUID();
        Map<String, Object> body = new java.util.HashMap<>(cart(List.of(line(walnuts, 2)), "62"));
        body.put("id", id);
        given().auth().oauth2(BUYER).contentType(ContentType.JSON).body(body)
                .when().post("/api/orders/checkouts").then().statusCode(201).body("id", equalTo(id.toString()));
        given().auth().oauth2(BUYER).contentType(ContentType.JSON).body(body)
                .when().post("/api/orders/checkouts").then().statusCode(200).body("id", equalTo(id.toString()));
        given().auth().oauth2(TestTokens.token("buyer-2", "buyer")).contentType(ContentType.JSON).body(body)
                .when().post("/api/orders/checkouts").then().statusCode(409);
        given().auth().oauth2(TestTokens.token("buyer-2", "buyer")).when().get("/api/orders/checkouts/" + id)
                .then().statusCode(404);
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM checkout"));
    }
}
