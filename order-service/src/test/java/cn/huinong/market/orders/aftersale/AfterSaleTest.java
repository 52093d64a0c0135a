package cn.huinong.market.orders.aftersale;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.huinong.market.common.testing.MutableClock;
import cn.huinong.market.common.testing.TestDatabase;
import cn.huinong.market.common.testing.TestImages;
import cn.huinong.market.common.testing.TestTokens;
import cn.huinong.market.orders.CatalogStub;
import cn.huinong.market.orders.OrderFixtures;
import cn.huinong.market.orders.OrderFixtures.Made;
import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** After-sale cases end to end: real checkout, sandbox payment, refunds through the provider, ledger and feed. */
@QuarkusTest
class AfterSaleTest {

    static final String BUYER_SUB = "buyer-as";
    static final String SELLER_SUB = "seller-as";
    // Tokens are made per test (an instance per test method): they live five minutes, and on a busy machine a
    // run of this class can outlast one.
    final String BUYER = TestTokens.token(BUYER_SUB, "buyer");
    final String SELLER = TestTokens.token(SELLER_SUB, "seller");
    final String OTHER_BUYER = TestTokens.token("buyer-other", "buyer");
    final String OTHER_SELLER = TestTokens.token("seller-other", "seller");
    final String ADMIN = TestTokens.token("admin-1", "admin");

    @Inject EntityManager em;

    @Inject AfterSaleService service;

    @Inject cn.huinong.market.orders.checkout.DeadlineJobs orderJobs;

    @Inject MutableClock clock;

    /** A moved clock goes back, so the next test (of any class) starts at the present. */
    @AfterEach
    void backToThePresent() {
        clock.reset();
    }

    @BeforeEach
    void clean() {
        clock.reset();
        TestDatabase.truncateAllExcept();
        CatalogStub.reset();
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    static ValidatableResponse open(String token, UUID orderId, String kind, long goodsFen) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("kind", kind, "reasonCode", "DAMAGED", "description", "箱子压坏了",
                        "requestedGoodsFen", goodsFen))
                .when().post("/api/orders/shop-orders/" + orderId + "/after-sales").then();
    }

    UUID openOk(UUID orderId, String kind, long goodsFen) {
        return UUID.fromString(open(BUYER, orderId, kind, goodsFen).statusCode(201)
                .body("status", equalTo("REQUESTED")).extract().path("id"));
    }

    static ValidatableResponse act(String token, UUID caseId, String action, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(new HashMap<>(body))
                .when().post("/api/orders/after-sales/" + caseId + "/" + action).then();
    }

    JsonPath order(UUID id) {
        return given().auth().oauth2(ADMIN).when().get("/api/orders/shop-orders/" + id).then().statusCode(200)
                .extract().jsonPath();
    }

    List<Map<String, Object>> refundEvents(UUID orderId) {
        List<Map<String, Object>> items = given().auth().oauth2(ADMIN).when().get("/api/orders/events?limit=500")
                .then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().filter(e -> e.get("type").equals("ORDER_REFUNDED")
                && e.get("shopOrderId").equals(orderId.toString())).toList();
    }

    static long ledger(String column, UUID orderId) {
        return TestDatabase.count("SELECT " + column + " FROM ledger_orders WHERE shop_order_id = '" + orderId + "'");
    }

    void sql(String statement) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(statement).executeUpdate());
    }

    static long num(Object o) {
        return ((Number) o).longValue();
    }

    // ---- happy paths --------------------------------------------------------------------------------------------

    @Test
    void aRefundOfAllTheGoodsBeforeShippingRefundsShippingTooAndTheOrderEndsRefunded() {
        Made m = OrderFixtures.paid(BUYER_SUB, SELLER_SUB, 3000, 2);
        UUID id = openOk(m.orderId(), "REFUND", m.goodsFen());
        assertEquals("AFTER_SALE", order(m.orderId()).getString("status"));

        act(SELLER, id, "decision", Map.of("accept", true)).statusCode(200)
                .body("status", equalTo("REFUNDED"))
                .body("refundGoodsFen", equalTo((int) m.goodsFen()))
                .body("refundShippingFen", equalTo((int) m.shippingFen()))
                .body("refundFen", equalTo((int) m.totalFen()))
                .body("refundStatus", equalTo("SUCCEEDED"))
                .body("history.to", equalTo(List.of("REQUESTED", "REFUNDED")))
                .body("history.actorRole", equalTo(List.of("BUYER", "SELLER")));
        JsonPath o = order(m.orderId());
        assertEquals("REFUNDED", o.getString("status"));
        assertEquals(m.totalFen(), o.getLong("refundedFen"));
        assertEquals(m.goodsFen(), ledger("refunded_goods_fen", m.orderId()));
        assertEquals(m.shippingFen(), ledger("refunded_shipping_fen", m.orderId()));
        assertEquals(m.commissionFen(), ledger("commission_reversed_fen", m.orderId()));
        List<Map<String, Object>> refunded = refundEvents(m.orderId());
        assertEquals(1, refunded.size());
        assertEquals(m.totalFen(), num(refunded.get(0).get("refundFen")));
        assertEquals(m.commissionFen(), num(refunded.get(0).get("commissionRefundFen")));
        assertEquals(true, refunded.get(0).get("fullyRefunded"));
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM refund WHERE after_sale_id = '" + id
                + "' AND status = 'SUCCEEDED'"));
        // The order's own history shows it went into and out of the after-sale.
        given().auth().oauth2(BUYER).when().get("/api/orders/shop-orders/" + m.orderId() + "/history").then()
                .statusCode(200).body("to", hasItem("AFTER_SALE")).body("to", hasItem("REFUNDED"));
    }

    @Test
    void aPartialRefundLetsTheOrderResumeWhereItWas() {
        Made m = OrderFixtures.accepted(BUYER_SUB, SELLER_SUB, 3000, 2);
        UUID id = openOk(m.orderId(), "REFUND", 2000);
        act(SELLER, id, "decision", Map.of("accept", true, "reason", "少发一袋，退 20 元")).statusCode(200)
                .body("status", equalTo("REFUNDED")).body("refundFen", equalTo(2000))
                .body("refundShippingFen", equalTo(0));
        JsonPath o = order(m.orderId());
        assertEquals("ACCEPTED", o.getString("status"));
        assertEquals(2000, o.getLong("refundedFen"));
        assertEquals(2000, ledger("refunded_goods_fen", m.orderId()));
        assertEquals(0, ledger("refunded_shipping_fen", m.orderId()));
        List<Map<String, Object>> refunded = refundEvents(m.orderId());
        assertEquals(1, refunded.size());
        assertEquals(2000L, num(refunded.get(0).get("refundFen")));
        assertEquals(false, refunded.get(0).get("fullyRefunded"));
        // The seller goes on: ship the rest.
        OrderFixtures.move(m.orderId(), SELLER, Map.of("to", "SHIPPED", "carrier", "顺丰",
                "trackingNumber", "SF0000000001"));
    }

    @Test
    void aReturnAndRefundGoesThroughTheReturnParcel() {
        Made m = OrderFixtures.delivered(BUYER_SUB, SELLER_SUB, 2500, 4);
        UUID id = openOk(m.orderId(), "RETURN_REFUND", m.goodsFen());
        act(SELLER, id, "decision", Map.of("accept", true)).statusCode(200).body("status", equalTo("AWAITING_RETURN"));
        assertEquals("AFTER_SALE", order(m.orderId()).getString("status"));
        act(BUYER, id, "return-shipment", Map.of("carrier", "中通", "trackingNumber", "ZT778899001")).statusCode(200)
                .body("status", equalTo("RETURN_SHIPPED")).body("returnTrackingNumber", equalTo("ZT778899001"));
        assertEquals(0, refundEvents(m.orderId()).size());
        act(SELLER, id, "receipt", Map.of()).statusCode(200).body("status", equalTo("REFUNDED"))
                .body("refundFen", equalTo((int) m.totalFen()))
                .body("history.to", equalTo(List.of("REQUESTED", "AWAITING_RETURN", "RETURN_SHIPPED", "REFUNDED")));
        assertEquals("REFUNDED", order(m.orderId()).getString("status"));
        assertEquals(m.goodsFen(), ledger("refunded_goods_fen", m.orderId()));
        List<Map<String, Object>> refunded = refundEvents(m.orderId());
        assertEquals(1, refunded.size());
        assertEquals(m.totalFen(), num(refunded.get(0).get("refundFen")));
        assertEquals(m.totalFen(), num(refunded.get(0).get("refundedTotalFen")));
    }

    @Test
    void aRejectionCanBeDisputedAndAnAdminRefundsPart() {
        Made m = OrderFixtures.delivered(BUYER_SUB, SELLER_SUB, 3000, 2);
        UUID id = openOk(m.orderId(), "RETURN_REFUND", 3000);
        act(SELLER, id, "decision", Map.of("accept", false)).statusCode(400).body("errors.field", hasItem("reason"));
        act(SELLER, id, "decision", Map.of("accept", false, "reason", "照片看不出损坏")).statusCode(200)
                .body("status", equalTo("REJECTED"));
        act(BUYER, id, "dispute", Map.of()).statusCode(400);
        act(BUYER, id, "dispute", Map.of("reason", "请平台看照片")).statusCode(200).body("status", equalTo("DISPUTED"));
        act(SELLER, id, "arbitration", Map.of("verdict", "REFUND", "refundGoodsFen", 1, "reason", "x"))
                .statusCode(403);
        act(BUYER, id, "arbitration", Map.of("verdict", "REFUND", "refundGoodsFen", 1, "reason", "x"))
                .statusCode(403);
        act(ADMIN, id, "arbitration", Map.of("verdict", "REFUND", "refundGoodsFen", m.goodsFen() + 1,
                "reason", "太多")).statusCode(400).body("errors.field", hasItem("refundGoodsFen"));
        act(ADMIN, id, "arbitration", Map.of("verdict", "REFUND", "reason", "没有金额")).statusCode(400);
        act(ADMIN, id, "arbitration", Map.of("verdict", "REFUND", "refundGoodsFen", 1500,
                "reason", "部分损坏，退一半")).statusCode(200)
                .body("status", equalTo("REFUNDED")).body("refundFen", equalTo(1500))
                .body("history.to", equalTo(List.of("REQUESTED", "REJECTED", "DISPUTED", "REFUNDED")))
                .body("history[3].actorRole", equalTo("ADMIN"))
                .body("history[3].reason", equalTo("部分损坏，退一半"));
        JsonPath o = order(m.orderId());
        assertEquals("DELIVERED", o.getString("status"));
        assertEquals(1500, o.getLong("refundedFen"));
        assertEquals(1500L, num(refundEvents(m.orderId()).get(0).get("refundFen")));
    }

    @Test
    void anUpheldRejectionClosesTheCaseAndTheOrderResumes() {
        Made m = OrderFixtures.paid(BUYER_SUB, SELLER_SUB, 3000, 1);
        UUID id = openOk(m.orderId(), "REFUND", 3000);
        act(SELLER, id, "decision", Map.of("accept", false, "reason", "已备货")).statusCode(200);
        act(BUYER, id, "dispute", Map.of("reason", "还没发货")).statusCode(200);
        act(ADMIN, id, "arbitration", Map.of("verdict", "UPHOLD", "reason", "买家无正当理由")).statusCode(200)
                .body("status", equalTo("CLOSED")).body("refundFen", nullValue());
        assertEquals("PAID", order(m.orderId()).getString("status"));
        assertEquals(0, refundEvents(m.orderId()).size());
        assertEquals(0, TestDatabase.count("SELECT count(*) FROM refund"));
    }

    @Test
    void aRejectionNotDisputedInTimeClosesAndTheOrderResumes() {
        Made m = OrderFixtures.paid(BUYER_SUB, SELLER_SUB, 3000, 1);
        UUID id = openOk(m.orderId(), "REFUND", 3000);
        act(SELLER, id, "decision", Map.of("accept", false, "reason", "已备货")).statusCode(200)
                .body("disputeDeadline", org.hamcrest.Matchers.notNullValue());
        assertEquals(0, service.closeUndisputed()); // not yet
        clock.advance(Duration.ofDays(7).plusMinutes(1)); // past the dispute window
        act(BUYER, id, "dispute", Map.of("reason", "晚了")).statusCode(409);
        assertEquals(1, service.closeUndisputed());
        given().auth().oauth2(BUYER).when().get("/api/orders/after-sales/" + id).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("history[2].actorRole", equalTo("SYSTEM"));
        assertEquals("PAID", order(m.orderId()).getString("status"));
    }

    @Test
    void theBuyerMayWithdrawAndOpenANewCaseLater() {
        Made m = OrderFixtures.paid(BUYER_SUB, SELLER_SUB, 3000, 1);
        UUID id = openOk(m.orderId(), "REFUND", 3000);
        open(BUYER, m.orderId(), "REFUND", 3000).statusCode(409);
        act(BUYER, id, "withdrawal", Map.of("reason", "卖家已联系")).statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("closedAt", org.hamcrest.Matchers.notNullValue());
        assertEquals("PAID", order(m.orderId()).getString("status"));
        UUID second = openOk(m.orderId(), "REFUND", 1000);
        assertTrue(!second.equals(id));
        assertEquals(2, TestDatabase.count("SELECT count(*) FROM after_sale WHERE shop_order_id = '"
                + m.orderId() + "'"));
    }

    @Test
    void theTimeACaseWasOpenIsAddedToTheShipByDeadline() {
        Made m = OrderFixtures.paid(BUYER_SUB, SELLER_SUB, 3000, 1);
        java.time.OffsetDateTime shipBy = java.time.OffsetDateTime.parse(order(m.orderId()).getString("shipBy"));
        UUID id = openOk(m.orderId(), "REFUND", 3000);
        // The case stayed open for five days (longer than the 72 h the seller had to ship).
        sql("UPDATE shop_order_transition SET at = at - interval '5 days' WHERE to_status = 'AFTER_SALE'"
                + " AND shop_order_id = '" + m.orderId() + "'");
        act(BUYER, id, "withdrawal", Map.of("reason", "卖家已联系")).statusCode(200);
        JsonPath resumed = order(m.orderId());
        assertEquals("PAID", resumed.getString("status"));
        java.time.Duration added = java.time.Duration.between(shipBy,
                java.time.OffsetDateTime.parse(resumed.getString("shipBy")));
        assertTrue(added.compareTo(java.time.Duration.ofDays(5)) >= 0
                && added.compareTo(java.time.Duration.ofDays(5).plusMinutes(5)) < 0, "ship-by moved by " + added);
        assertEquals(0, orderJobs.runAll().shipByCancelled());
        assertEquals("PAID", order(m.orderId()).getString("status"));
    }

    @Test
    void autoCompletionLeavesAnOrderWithAnOpenCaseAlone() {
        Made m = OrderFixtures.delivered(BUYER_SUB, SELLER_SUB, 3000, 1);
        UUID id = openOk(m.orderId(), "RETURN_REFUND", 3000);
        clock.advance(Duration.ofDays(30));
        given().auth().oauth2(ADMIN).when().post("/api/orders/jobs/run").then().statusCode(200)
                .body("completed", equalTo(0));
        assertEquals("AFTER_SALE", order(m.orderId()).getString("status"));
        act(BUYER, id, "withdrawal", Map.of()).statusCode(200);
        given().auth().oauth2(ADMIN).when().post("/api/orders/jobs/run").then().statusCode(200)
                .body("completed", equalTo(1));
        assertEquals("COMPLETED", order(m.orderId()).getString("status"));
    }

    @Test
    void anIdempotencyKeyOpensTheCaseOnce() {
        Made m = OrderFixtures.paid(BUYER_SUB, SELLER_SUB, 3000, 1);
        Map<String, Object> body = Map.of("kind", "REFUND", "reasonCode", "NOT_SHIPPED", "requestedGoodsFen", 3000);
        String first = given().auth().oauth2(BUYER).contentType(ContentType.JSON).header("Idempotency-Key", "k-1")
                .body(body).when().post("/api/orders/shop-orders/" + m.orderId() + "/after-sales").then()
                .statusCode(201).extract().path("id");
        String again = given().auth().oauth2(BUYER).contentType(ContentType.JSON).header("Idempotency-Key", "k-1")
                .body(body).when().post("/api/orders/shop-orders/" + m.orderId() + "/after-sales").then()
                .statusCode(201).extract().path("id");
        assertEquals(first, again);
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM after_sale"));
    }

    // ---- refusals -----------------------------------------------------------------------------------------------

    /** Every action in every state, by the role allowed to take it: the table of legal moves, and 409 elsewhere. */
    @Test
    void everyActionOutsideItsStatesIsAConflictAndChangesNothing() {
        Map<String, List<String>> allowed = Map.of(
                "decision", List.of("REQUESTED"),
                "return-shipment", List.of("AWAITING_RETURN"),
                "receipt", List.of("RETURN_SHIPPED"),
                "dispute", List.of("REJECTED"),
                "arbitration", List.of("DISPUTED"),
                "withdrawal", List.of("REQUESTED", "REJECTED", "DISPUTED", "AWAITING_RETURN"));
        Map<String, String> tokens = Map.of("decision", SELLER, "return-shipment", BUYER, "receipt", SELLER,
                "dispute", BUYER, "arbitration", ADMIN, "withdrawal", BUYER);
        Map<String, Map<String, Object>> bodies = Map.of(
                "decision", Map.of("accept", true),
                "return-shipment", Map.of("carrier", "中通", "trackingNumber", "ZT778899001"),
                "receipt", Map.of(),
                "dispute", Map.of("reason", "不同意"),
                "arbitration", Map.of("verdict", "UPHOLD", "reason", "维持"),
                "withdrawal", Map.of());
        for (var e : allowed.entrySet()) {
            assertEquals(e.getValue().stream().sorted().toList(),
                    AfterSaleMoves.valueOf(e.getKey().toUpperCase().replace('-', '_')).from().stream()
                            .map(Enum::name).sorted().toList(),
                    e.getKey());
        }
        Map<String, UUID> inState = new HashMap<>();
        inState.put("REQUESTED", openOk(OrderFixtures.paid(BUYER_SUB, SELLER_SUB, 1000, 1).orderId(), "REFUND", 1000));
        UUID rejected = openOk(OrderFixtures.paid(BUYER_SUB, SELLER_SUB, 1000, 1).orderId(), "REFUND", 1000);
        act(SELLER, rejected, "decision", Map.of("accept", false, "reason", "不行")).statusCode(200);
        inState.put("REJECTED", rejected);
        UUID disputed = openOk(OrderFixtures.paid(BUYER_SUB, SELLER_SUB, 1000, 1).orderId(), "REFUND", 1000);
        act(SELLER, disputed, "decision", Map.of("accept", false, "reason", "不行")).statusCode(200);
        act(BUYER, disputed, "dispute", Map.of("reason", "要退")).statusCode(200);
        inState.put("DISPUTED", disputed);
        UUID closed = openOk(OrderFixtures.paid(BUYER_SUB, SELLER_SUB, 1000, 1).orderId(), "REFUND", 1000);
        act(SELLER, closed, "decision", Map.of("accept", false, "reason", "不行")).statusCode(200);
        act(BUYER, closed, "dispute", Map.of("reason", "要退")).statusCode(200);
        act(ADMIN, closed, "arbitration", Map.of("verdict", "UPHOLD", "reason", "维持")).statusCode(200);
        inState.put("CLOSED", closed);
        UUID refunded = openOk(OrderFixtures.paid(BUYER_SUB, SELLER_SUB, 1000, 1).orderId(), "REFUND", 1000);
        act(SELLER, refunded, "decision", Map.of("accept", true)).statusCode(200);
        inState.put("REFUNDED", refunded);
        UUID withdrawn = openOk(OrderFixtures.paid(BUYER_SUB, SELLER_SUB, 1000, 1).orderId(), "REFUND", 1000);
        act(BUYER, withdrawn, "withdrawal", Map.of()).statusCode(200);
        inState.put("WITHDRAWN", withdrawn);
        UUID awaiting = openOk(OrderFixtures.delivered(BUYER_SUB, SELLER_SUB, 1000, 1).orderId(), "RETURN_REFUND",
                1000);
        act(SELLER, awaiting, "decision", Map.of("accept", true)).statusCode(200);
        inState.put("AWAITING_RETURN", awaiting);
        UUID shipped = openOk(OrderFixtures.delivered(BUYER_SUB, SELLER_SUB, 1000, 1).orderId(), "RETURN_REFUND",
                1000);
        act(SELLER, shipped, "decision", Map.of("accept", true)).statusCode(200);
        act(BUYER, shipped, "return-shipment", bodies.get("return-shipment")).statusCode(200);
        inState.put("RETURN_SHIPPED", shipped);
        assertEquals(AfterSaleStatus.values().length, inState.size());

        int refused = 0;
        for (var state : inState.entrySet()) {
            for (var action : allowed.entrySet()) {
                if (action.getValue().contains(state.getKey())) {
                    continue; // legal: taken in the happy paths above
                }
                act(tokens.get(action.getKey()), state.getValue(), action.getKey(), bodies.get(action.getKey()))
                        .statusCode(409).contentType("application/problem+json");
                given().auth().oauth2(ADMIN).when().get("/api/orders/after-sales/" + state.getValue()).then()
                        .body("status", equalTo(state.getKey()));
                refused++;
            }
        }
        assertEquals(8 * 6 - 9, refused);
    }

    @Test
    void onlyTheBuyerOpensAndOnlyTheRightRoleActsAndOtherPeoplesCasesAreNotFound() {
        Made m = OrderFixtures.paid(BUYER_SUB, SELLER_SUB, 3000, 1);
        open(SELLER, m.orderId(), "REFUND", 1000).statusCode(403);
        open(ADMIN, m.orderId(), "REFUND", 1000).statusCode(403);
        open(OTHER_BUYER, m.orderId(), "REFUND", 1000).statusCode(404);
        open(BUYER, UUID.randomUUID(), "REFUND", 1000).statusCode(404);
        UUID id = openOk(m.orderId(), "REFUND", 1000);

        for (String token : List.of(OTHER_BUYER, OTHER_SELLER)) {
            given().auth().oauth2(token).when().get("/api/orders/after-sales/" + id).then().statusCode(404);
            act(token, id, "decision", Map.of("accept", true)).statusCode(404);
            act(token, id, "withdrawal", Map.of()).statusCode(404);
        }
        given().auth().oauth2(TestTokens.token("logistics-1", "logistics")).when()
                .get("/api/orders/after-sales/" + id).then().statusCode(403);
        given().when().get("/api/orders/after-sales/" + id).then().statusCode(401);
        act(BUYER, id, "decision", Map.of("accept", true)).statusCode(403);
        act(ADMIN, id, "decision", Map.of("accept", true)).statusCode(403);
        act(SELLER, id, "withdrawal", Map.of()).statusCode(403);
        act(SELLER, id, "dispute", Map.of("reason", "x")).statusCode(403);
        act(BUYER, id, "receipt", Map.of()).statusCode(403);
        act(SELLER, id, "arbitration", Map.of("verdict", "UPHOLD", "reason", "x")).statusCode(403);
        given().auth().oauth2(SELLER).when().get("/api/orders/after-sales/" + id).then().statusCode(200)
                .body("status", equalTo("REQUESTED"));
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM after_sale_transition"));
    }

    @Test
    void listsShowTheCallersCasesNewestFirstPageByPage() {
        UUID a = openOk(OrderFixtures.paid(BUYER_SUB, SELLER_SUB, 1000, 1).orderId(), "REFUND", 1000);
        clock.advance(Duration.ofSeconds(1)); // the clock stands still: each case gets its own moment
        UUID b = openOk(OrderFixtures.paid(BUYER_SUB, SELLER_SUB, 1000, 1).orderId(), "REFUND", 500);
        clock.advance(Duration.ofSeconds(1));
        Made other = OrderFixtures.paid("buyer-other", "seller-other", 1000, 1);
        UUID c = UUID.fromString(open(OTHER_BUYER, other.orderId(), "REFUND", 1000).statusCode(201)
                .extract().path("id"));
        given().auth().oauth2(BUYER).when().get("/api/orders/after-sales").then().statusCode(200)
                .body("items.id", equalTo(List.of(b.toString(), a.toString())));
        given().auth().oauth2(SELLER).when().get("/api/orders/after-sales").then().statusCode(200)
                .body("items.id", equalTo(List.of(b.toString(), a.toString())));
        given().auth().oauth2(OTHER_SELLER).when().get("/api/orders/after-sales").then().statusCode(200)
                .body("items.id", equalTo(List.of(c.toString())));
        given().auth().oauth2(ADMIN).when().get("/api/orders/after-sales").then().statusCode(200)
                .body("items", hasSize(3));
        String cursor = given().auth().oauth2(ADMIN).when().get("/api/orders/after-sales?limit=2").then()
                .statusCode(200).body("items.id", equalTo(List.of(c.toString(), b.toString())))
                .extract().path("nextCursor");
        given().auth().oauth2(ADMIN).queryParam("after", cursor).queryParam("limit", 2)
                .when().get("/api/orders/after-sales").then().statusCode(200)
                .body("items.id", equalTo(List.of(a.toString()))).body("nextCursor", nullValue());
        given().auth().oauth2(ADMIN).queryParam("status", "REQUESTED").queryParam("shopOrderId", other.orderId())
                .when().get("/api/orders/after-sales").then().statusCode(200)
                .body("items.id", equalTo(List.of(c.toString())));
        given().auth().oauth2(ADMIN).when().get("/api/orders/after-sales?limit=0").then().statusCode(400);
    }

    @Test
    void badInputIsAProblemAndOpensNothing() {
        Made m = OrderFixtures.paid(BUYER_SUB, SELLER_SUB, 3000, 1);
        String path = "/api/orders/shop-orders/" + m.orderId() + "/after-sales";
        given().auth().oauth2(BUYER).contentType(ContentType.JSON)
                .body(Map.of("reasonCode", "DAMAGED", "requestedGoodsFen", 0))
                .when().post(path).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("kind")).body("errors.field", hasItem("requestedGoodsFen"));
        given().auth().oauth2(BUYER).contentType(ContentType.JSON)
                .body(Map.of("kind", "REFUND", "reasonCode", "MOOD", "requestedGoodsFen", 10))
                .when().post(path).then().statusCode(400);
        given().auth().oauth2(BUYER).contentType(ContentType.JSON).body("{\"kind\": ")
                .when().post(path).then().statusCode(400);
        open(BUYER, m.orderId(), "REFUND", m.goodsFen() + 1).statusCode(400)
                .body("errors.field", hasItem("requestedGoodsFen"));
        open(BUYER, m.orderId(), "RETURN_REFUND", 1000).statusCode(409);
        Made delivered = OrderFixtures.delivered(BUYER_SUB, SELLER_SUB, 3000, 1);
        open(BUYER, delivered.orderId(), "REFUND", 1000).statusCode(409);
        assertEquals(0, TestDatabase.count("SELECT count(*) FROM after_sale"));
        assertEquals("PAID", order(m.orderId()).getString("status"));
        UUID id = openOk(m.orderId(), "REFUND", 1000);
        act(BUYER, id, "return-shipment", Map.of("carrier", "中通", "trackingNumber", "no!")).statusCode(400);
        given().auth().oauth2(SELLER).contentType(ContentType.JSON).header("If-Match", "\"999\"")
                .body(Map.of("accept", true)).when().post("/api/orders/after-sales/" + id + "/decision").then()
                .statusCode(412);
        // An outsider's stale If-Match is a 404 too: the 412 would have shown them the case.
        given().auth().oauth2(OTHER_SELLER).contentType(ContentType.JSON).header("If-Match", "\"999\"")
                .body(Map.of("accept", true)).when().post("/api/orders/after-sales/" + id + "/decision").then()
                .statusCode(404).body("current", org.hamcrest.Matchers.nullValue());
        given().auth().oauth2(BUYER).when().get("/api/orders/after-sales/" + UUID.randomUUID()).then()
                .statusCode(404);
    }

    @Test
    void theShopOrderRoutesAndTheAfterSaleRouteBothResolve() {
        Made m = OrderFixtures.paid(BUYER_SUB, SELLER_SUB, 3000, 1);
        given().auth().oauth2(BUYER).when().get("/api/orders/shop-orders/" + m.orderId()).then().statusCode(200);
        given().auth().oauth2(BUYER).when().get("/api/orders/shop-orders/" + m.orderId() + "/history").then()
                .statusCode(200);
        given().auth().oauth2(BUYER).when().get("/api/orders/shop-orders").then().statusCode(200);
        openOk(m.orderId(), "REFUND", 1000);
        // The existing transitions route refuses AFTER_SALE moves: they belong to the after-sale endpoints.
        given().auth().oauth2(BUYER).contentType(ContentType.JSON).body(Map.of("to", "AFTER_SALE"))
                .when().post("/api/orders/shop-orders/" + m.orderId() + "/transitions").then().statusCode(409);
    }

    // ---- photos -------------------------------------------------------------------------------------------------

    static final byte[] PNG = TestImages.png(TestImages.picture(40, 30, false));

    /** PNG magic bytes and then garbage: passes the sniffing, not the decoding. */
    static byte[] fakePng(int size) {
        byte[] b = new byte[size];
        byte[] head = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        System.arraycopy(head, 0, b, 0, head.length);
        for (int i = head.length; i < size; i++) {
            b[i] = (byte) (i * 31);
        }
        return b;
    }

    static ValidatableResponse upload(String token, UUID id, byte[] bytes, String claimedType) {
        return given().auth().oauth2(token).multiPart("photo", "photo.png", bytes, claimedType)
                .when().post("/api/orders/after-sales/" + id + "/photos").then();
    }

    static BufferedImage decode(byte[] bytes) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    @Test
    void photosAreSniffedLimitedAndShownOnlyToThoseInvolved() throws Exception {
        Made m = OrderFixtures.paid(BUYER_SUB, SELLER_SUB, 3000, 1);
        UUID id = openOk(m.orderId(), "REFUND", 1000);
        String url = upload(BUYER, id, PNG, "image/png").statusCode(201).body("photos", hasSize(1))
                .body("photos[0].contentType", equalTo("image/png"))
                .extract().path("photos[0].url");
        // the clock stands still in tests: a second between uploads gives the photos their upload order
        clock.advance(Duration.ofSeconds(1));
        // A phone photo with the GPS of the buyer's home in its EXIF, larger than the stored long side (100 px in
        // tests); the claimed type does not matter, the bytes do.
        byte[] withGps = TestImages.withGpsExif(TestImages.jpeg(TestImages.picture(400, 300, true), 0.8f), 1);
        assertNotNull(ImageMetadataReader.readMetadata(new ByteArrayInputStream(withGps))
                .getFirstDirectoryOfType(GpsDirectory.class), "the fixture really carries GPS");
        String jpegUrl = upload(BUYER, id, withGps, "application/octet-stream").statusCode(201)
                .body("photos[1].contentType", equalTo("image/jpeg")).extract().path("photos[1].url");
        byte[] stored = given().auth().oauth2(SELLER).when().get(jpegUrl).then().statusCode(200)
                .contentType("image/jpeg").extract().asByteArray();
        Metadata after = ImageMetadataReader.readMetadata(new ByteArrayInputStream(stored));
        assertNull(after.getFirstDirectoryOfType(GpsDirectory.class), "the seller never sees where the buyer lives");
        assertNull(after.getFirstDirectoryOfType(ExifIFD0Directory.class), "no EXIF at all");
        BufferedImage shrunk = decode(stored);
        assertEquals(100, shrunk.getWidth());
        assertEquals(75, shrunk.getHeight());
        for (String token : List.of(BUYER, SELLER, ADMIN)) {
            byte[] got = given().auth().oauth2(token).when().get(url).then().statusCode(200)
                    .contentType("image/png").extract().asByteArray();
            BufferedImage image = decode(got);
            assertEquals(40, image.getWidth());
            assertEquals(30, image.getHeight());
        }
        given().auth().oauth2(OTHER_BUYER).when().get(url).then().statusCode(404);
        given().auth().oauth2(OTHER_SELLER).when().get(url).then().statusCode(404);
        given().auth().oauth2(BUYER).when().get("/api/orders/after-sales/" + id + "/photos/" + UUID.randomUUID())
                .then().statusCode(404);

        byte[] gif = "GIF89a-not-a-photo".getBytes();
        upload(BUYER, id, gif, "image/png").statusCode(415).contentType("application/problem+json");
        upload(BUYER, id, fakePng(100_001), "image/png").statusCode(413);
        upload(BUYER, id, fakePng(300), "image/png").statusCode(415).contentType("application/problem+json");
        upload(BUYER, id, TestImages.pngBomb(10_000, 10_000), "image/png").statusCode(413);
        upload(SELLER, id, PNG, "image/png").statusCode(403);
        upload(OTHER_BUYER, id, PNG, "image/png").statusCode(404);
        given().auth().oauth2(BUYER).multiPart("other", "x.png", PNG, "image/png")
                .when().post("/api/orders/after-sales/" + id + "/photos").then().statusCode(400);
        given().auth().oauth2(BUYER).contentType(ContentType.JSON).body("{}")
                .when().post("/api/orders/after-sales/" + id + "/photos").then().statusCode(415);
        for (int i = 2; i < 6; i++) {
            upload(BUYER, id, PNG, "image/png").statusCode(201);
        }
        upload(BUYER, id, PNG, "image/png").statusCode(409);
        assertEquals(6, TestDatabase.count("SELECT count(*) FROM after_sale_photo"));
        act(BUYER, id, "withdrawal", Map.of()).statusCode(200);
        Made m2 = OrderFixtures.paid(BUYER_SUB, SELLER_SUB, 3000, 1);
        UUID closed = openOk(m2.orderId(), "REFUND", 1000);
        act(BUYER, closed, "withdrawal", Map.of()).statusCode(200);
        upload(BUYER, closed, PNG, "image/png").statusCode(409);
    }
}
