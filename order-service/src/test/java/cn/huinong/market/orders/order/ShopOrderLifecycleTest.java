package cn.huinong.market.orders.order;

import static cn.huinong.market.orders.Orders.admin;
import static cn.huinong.market.orders.Orders.line;
import static cn.huinong.market.orders.Orders.move;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.huinong.market.common.testing.MutableClock;
import cn.huinong.market.common.testing.TestDatabase;
import cn.huinong.market.common.testing.TestTokens;
import cn.huinong.market.orders.CatalogStub;
import cn.huinong.market.orders.Orders;
import cn.huinong.market.orders.checkout.DeadlineJobs;
import cn.huinong.market.orders.payment.NotificationRecorder;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Payment, fulfilment, deadlines and the feed, driven over HTTP as buyers, sellers and the provider do. */
@QuarkusTest
class ShopOrderLifecycleTest {

    // Tokens are made per test (an instance per test method): they live five minutes, and on a busy machine a
    // run of this class can outlast one.
    final String BUYER = TestTokens.token("buyer-1", "buyer");
    final String OTHER_BUYER = TestTokens.token("buyer-2", "buyer");
    final String SELLER = TestTokens.token("seller-ma", "seller");
    final String OTHER_SELLER = TestTokens.token("seller-he", "seller");
    final String SERVICE = TestTokens.token("training-service", "service");
    static final UUID MA = UUID.randomUUID();
    static final UUID HE = UUID.randomUUID();

    @Inject NotificationRecorder recorder;

    @Inject DeadlineJobs jobs;

    @Inject MutableClock clock;

    UUID beef;
    UUID walnuts;

    /** A moved clock goes back, so the next test (of any class) starts at the present. */
    @AfterEach
    void backToThePresent() {
        clock.reset();
    }

    @BeforeEach
    void twoShops() {
        TestDatabase.truncateAllExcept();
        CatalogStub.reset();
        recorder.reset();
        clock.reset();
        beef = CatalogStub.sku(MA, "马家清真牛羊肉", "seller-ma", "NONE", "清真牦牛肉干", 6800, 550, "AMBIENT");
        walnuts = CatalogStub.sku(HE, "和政县核桃百合专业合作社", "seller-he", "SUPPORTED_HOUSEHOLD", "薄皮核桃", 2200,
                620, "AMBIENT");
    }

    @Test
    void aNotificationDeliveredFiveTimesAtOnceIsAppliedOnce() throws Exception {
        JsonPath checkout = Orders.checkout(BUYER, List.of(line(beef, 1), line(walnuts, 2)));
        MultivaluedMap<String, String> form = Orders.pay(BUYER, checkout);
        ExecutorService pool = Executors.newFixedThreadPool(5);
        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            calls.add(() -> Orders.deliver(form).statusCode(200).extract().asString());
        }
        for (Future<String> f : pool.invokeAll(calls)) {
            assertEquals("success", f.get());
        }
        pool.shutdown();
        String id = checkout.getString("id");
        given().auth().oauth2(BUYER).when().get("/api/orders/checkouts/" + id).then().statusCode(200)
                .body("status", equalTo("PAID"))
                .body("shopOrders.status", contains("PAID", "PAID"))
                .body("shopOrders[0].shipBy", notNullValue());
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM payment_notification"));
        assertEquals(2, TestDatabase.count("SELECT count(*) FROM ledger_entries WHERE kind = 'PAYMENT'"));
        assertEquals(2, TestDatabase.count("SELECT count(*) FROM order_event WHERE type = 'ORDER_PAID'"));
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM checkout WHERE stock_state = 'CONFIRMED'"));
        CatalogStub.server().verify(1, postRequestedFor(urlPathEqualTo(
                "/api/catalog/reservations/" + id + "/confirmation")));
    }

    @Test
    void aForgedOrTamperedNotificationIsRefusedAndChangesNothing() throws Exception {
        JsonPath checkout = Orders.checkout(BUYER, List.of(line(beef, 1)));
        MultivaluedMap<String, String> form = Orders.pay(BUYER, checkout);
        var tampered = new jakarta.ws.rs.core.MultivaluedHashMap<String, String>(form);
        tampered.putSingle("total_fee", "1");
        Orders.deliver(tampered).statusCode(400).contentType("application/problem+json");
        var unsigned = new jakarta.ws.rs.core.MultivaluedHashMap<String, String>(form);
        unsigned.remove("sign");
        Orders.deliver(unsigned).statusCode(400);
        assertEquals(0, TestDatabase.count("SELECT count(*) FROM checkout WHERE status = 'PAID'"));
        assertEquals(0, TestDatabase.count("SELECT count(*) FROM ledger_entries"));
    }

    @Test
    void anOrderGoesFromPaymentToCompletionWithEveryStepRecordedAndFed() throws Exception {
        JsonPath checkout = Orders.paid(BUYER, List.of(line(beef, 2)));
        String order = checkout.getString("shopOrders[0].id");
        move(SELLER, order, "ACCEPTED", Map.of()).statusCode(200).body("status", equalTo("ACCEPTED"));
        move(SELLER, order, "SHIPPED", Map.of()).statusCode(400);
        move(SELLER, order, "SHIPPED", Map.of("carrier", "中国邮政", "trackingNumber", "EMS1234567890CN"))
                .statusCode(200).body("trackingNumber", equalTo("EMS1234567890CN"));
        // Station operators are not tied to parcels yet, so they may not mark one delivered.
        move(TestTokens.token("station-1", "logistics"), order, "DELIVERED", Map.of()).statusCode(403);
        move(BUYER, order, "DELIVERED", Map.of()).statusCode(200);
        move(BUYER, order, "COMPLETED", Map.of("reason", "收到了，很好")).statusCode(200)
                .body("status", equalTo("COMPLETED")).body("next", hasSize(0));

        given().auth().oauth2(BUYER).when().get("/api/orders/shop-orders/" + order + "/history").then()
                .statusCode(200)
                .body("to", contains("PENDING_PAYMENT", "PAID", "ACCEPTED", "SHIPPED", "DELIVERED", "COMPLETED"))
                .body("actorRole", contains("BUYER", "SYSTEM", "SELLER", "SELLER", "BUYER", "BUYER"))
                .body("[5].reason", equalTo("收到了，很好"));
        given().auth().oauth2(SERVICE).queryParam("limit", 3).when().get("/api/orders/events").then()
                .statusCode(200)
                .body("items.type", contains("ORDER_PAID", "ORDER_ACCEPTED", "ORDER_SHIPPED"))
                .body("items[0].shopId", equalTo(MA.toString()))
                .body("items[0].totalFen", equalTo(13600 + 800 + 300)) // Gansu: 1,100 g is 2 kg
                .body("items[0].lines[0].quantity", equalTo(2))
                .body("nextCursor", notNullValue());
        String cursor = given().auth().oauth2(SERVICE).queryParam("limit", 3).when().get("/api/orders/events")
                .then().extract().path("nextCursor");
        given().auth().oauth2(SERVICE).queryParam("after", cursor).when().get("/api/orders/events").then()
                .body("items.type", contains("ORDER_DELIVERED", "ORDER_COMPLETED"))
                .body("nextCursor", equalTo(null));
        // Completion makes the seller's money payable: the ledger has the completion entry.
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM ledger_entries WHERE kind = 'COMPLETION'"));
    }

    @Test
    void eachPartyActsOnlyOnTheirOwnOrdersAndOnlyInTheirRole() throws Exception {
        JsonPath checkout = Orders.paid(BUYER, List.of(line(beef, 1), line(walnuts, 1)));
        String maOrder = Orders.shopOrder(checkout, MA).get("id").toString();
        String heOrder = Orders.shopOrder(checkout, HE).get("id").toString();
        given().auth().oauth2(OTHER_SELLER).when().get("/api/orders/shop-orders/" + maOrder).then().statusCode(404);
        given().auth().oauth2(OTHER_SELLER).when().get("/api/orders/shop-orders/" + heOrder).then().statusCode(200);
        given().auth().oauth2(OTHER_BUYER).when().get("/api/orders/shop-orders/" + maOrder).then().statusCode(404);
        given().auth().oauth2(OTHER_BUYER).when().get("/api/orders/shop-orders/" + maOrder + "/history").then()
                .statusCode(404);
        move(OTHER_SELLER, maOrder, "ACCEPTED", Map.of()).statusCode(404);
        move(BUYER, maOrder, "ACCEPTED", Map.of()).statusCode(403);
        move(SELLER, maOrder, "COMPLETED", Map.of()).statusCode(409);
        given().auth().oauth2(SELLER).when().get("/api/orders/shop-orders").then().statusCode(200)
                .body("items.id", contains(maOrder));
        given().auth().oauth2(OTHER_SELLER).when().get("/api/orders/shop-orders").then()
                .body("items.id", contains(heOrder));
        given().auth().oauth2(OTHER_BUYER).when().get("/api/orders/shop-orders").then().body("items", hasSize(0));
        given().auth().oauth2(admin()).when().get("/api/orders/shop-orders").then().body("items", hasSize(2));
        given().auth().oauth2(OTHER_BUYER).when().get("/api/orders/checkouts/" + checkout.getString("id")).then()
                .statusCode(404);
        given().auth().oauth2(BUYER).when().get("/api/orders/events").then().statusCode(403);
        given().when().get("/api/orders/shop-orders").then().statusCode(401);
        given().auth().oauth2(BUYER).queryParam("after", "not-a-cursor").when().get("/api/orders/shop-orders").then()
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void everyMoveOutsideTheTableIsRefusedWithAConflict() throws Exception {
        JsonPath checkout = Orders.paid(BUYER, List.of(line(beef, 1)));
        String order = checkout.getString("shopOrders[0].id");
        String[] all = {"PENDING_PAYMENT", "PAID", "ACCEPTED", "SHIPPED", "DELIVERED", "COMPLETED", "CANCELLED",
                "AFTER_SALE", "REFUNDED"};
        int refused = 0;
        for (String from : all) {
            for (String to : all) {
                if (cn.huinong.market.orders.order.OrderStateMachine.exists(
                        cn.huinong.market.orders.order.OrderStatus.valueOf(from),
                        cn.huinong.market.orders.order.OrderStatus.valueOf(to))) {
                    continue;
                }
                setStatus(order, from);
                move(admin(), order, to, Map.of("reason", "test", "carrier", "邮政", "trackingNumber", "EMS123456"))
                        .statusCode(409).contentType("application/problem+json");
                assertEquals(1, TestDatabase.count("SELECT count(*) FROM shop_order WHERE status = '" + from + "'"));
                refused++;
            }
        }
        assertEquals(81 - 15, refused);
    }

    private static void setStatus(String order, String status) {
        TestDatabase.count("WITH u AS (UPDATE shop_order SET status = '" + status + "' WHERE id = '" + order
                + "' RETURNING 1) SELECT count(*) FROM u");
    }

    @Test
    void aSellerWhoMissesTheShipByDeadlineHasTheOrderCancelledAndRefundedInFull() throws Exception {
        JsonPath checkout = Orders.paid(BUYER, List.of(line(beef, 1)));
        String order = checkout.getString("shopOrders[0].id");
        clock.advance(Duration.ofHours(72).plusMinutes(1));
        DeadlineJobs.Report report = jobs.runAll();
        assertEquals(1, report.shipByCancelled());
        given().auth().oauth2(BUYER).when().get("/api/orders/shop-orders/" + order).then()
                .body("status", equalTo("CANCELLED")).body("refundedFen", equalTo(6800 + 800));
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM refund WHERE status = 'SUCCEEDED'"));
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM ledger_entries WHERE kind = 'REFUND'"));
        given().auth().oauth2(SERVICE).when().get("/api/orders/events").then()
                .body("items.type", contains("ORDER_PAID", "ORDER_CANCELLED", "ORDER_REFUNDED"))
                // The cancellation is a fact before the money moves: it reports no refund yet.
                .body("items[1].refundedTotalFen", equalTo(0))
                .body("items[1].fullyRefunded", equalTo(false))
                .body("items[2].refundedTotalFen", equalTo(7600))
                .body("items[2].refundFen", equalTo(7600))
                .body("items[2].commissionRefundFen", equalTo(340))
                .body("items[2].fullyRefunded", equalTo(true));
        assertEquals(0, jobs.runAll().shipByCancelled());
    }

    @Test
    void deliveredOrdersCompleteOnTheirOwnAfterTheConfiguredDays() throws Exception {
        JsonPath checkout = Orders.paid(BUYER, List.of(line(walnuts, 1)));
        String order = checkout.getString("shopOrders[0].id");
        move(OTHER_SELLER, order, "ACCEPTED", Map.of()).statusCode(200);
        move(OTHER_SELLER, order, "SHIPPED", Map.of("carrier", "邮政", "trackingNumber", "EMS7654321")).statusCode(200);
        move(BUYER, order, "DELIVERED", Map.of()).statusCode(200);
        assertEquals(0, jobs.runAll().completed());
        clock.advance(Duration.ofDays(7).minusMinutes(1));
        assertEquals(0, jobs.runAll().completed());
        clock.advance(Duration.ofMinutes(2));
        assertEquals(1, jobs.runAll().completed());
        given().auth().oauth2(BUYER).when().get("/api/orders/shop-orders/" + order + "/history").then()
                .body("[-1].to", equalTo("COMPLETED")).body("[-1].actorRole", equalTo("SYSTEM"));
    }

    @Test
    void unpaidCheckoutsExpireAndReleaseTheirStockAndCanNoLongerBePaid() {
        JsonPath checkout = Orders.checkout(BUYER, List.of(line(beef, 1), line(walnuts, 1)));
        String id = checkout.getString("id");
        clock.advance(Duration.ofMinutes(29));
        assertEquals(0, jobs.runAll().expired());
        clock.advance(Duration.ofMinutes(2));
        assertEquals(1, jobs.runAll().expired());
        given().auth().oauth2(BUYER).when().get("/api/orders/checkouts/" + id).then()
                .body("status", equalTo("EXPIRED")).body("shopOrders.status", contains("CANCELLED", "CANCELLED"));
        CatalogStub.server().verify(1, postRequestedFor(urlPathEqualTo("/api/catalog/reservations/" + id
                + "/release")));
        given().auth().oauth2(BUYER).when().post("/api/orders/sandbox-pay/" + Orders.providerPaymentId(checkout)
                + "/pay").then().statusCode(409);
    }

    @Test
    void aBuyerCancellingAnUnpaidOrderCancelsTheWholeCheckout() {
        JsonPath checkout = Orders.checkout(BUYER, List.of(line(beef, 1), line(walnuts, 1)));
        move(OTHER_BUYER, checkout.getString("shopOrders[0].id"), "CANCELLED", Map.of()).statusCode(404);
        move(BUYER, checkout.getString("shopOrders[0].id"), "CANCELLED", Map.of("reason", "买错了"))
                .statusCode(200).body("status", equalTo("CANCELLED"));
        given().auth().oauth2(BUYER).when().get("/api/orders/checkouts/" + checkout.getString("id")).then()
                .body("status", equalTo("CANCELLED")).body("shopOrders.status", contains("CANCELLED", "CANCELLED"));
        CatalogStub.server().verify(1, postRequestedFor(urlPathEqualTo("/api/catalog/reservations/"
                + checkout.getString("id") + "/release")));
    }

    @Test
    void tenConcurrentReplaysOfOneCheckoutMakeOneCheckoutWithIdenticalAnswers() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> cart = Orders.cart(List.of(line(beef, 1), line(walnuts, 3)), "11");
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            calls.add(() -> {
                for (int attempt = 0;; attempt++) {
                    var r = given().auth().oauth2(BUYER).contentType(ContentType.JSON).header("Idempotency-Key", key)
                            .body(cart).when().post("/api/orders/checkouts").then().extract();
                    // A replay that arrives while the first is still working is told so (409) and retries.
                    if (r.statusCode() == 409 && attempt < 50) {
                        Thread.sleep(100);
                        continue;
                    }
                    return r.statusCode() + " " + r.asString();
                }
            });
        }
        List<String> answers = new ArrayList<>();
        for (Future<String> f : pool.invokeAll(calls)) {
            answers.add(f.get());
        }
        pool.shutdown();
        assertEquals(1, answers.stream().distinct().count(), answers.toString());
        assertEquals(true, answers.get(0).startsWith("201 "));
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM checkout"));
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM sandbox_payment"));
    }

    @Test
    void theFeedRefusesBadCursors() {
        given().auth().oauth2(SERVICE).queryParam("after", "abc").when().get("/api/orders/events").then()
                .statusCode(400);
        given().auth().oauth2(SERVICE).queryParam("limit", 501).when().get("/api/orders/events").then()
                .statusCode(400);
        given().auth().oauth2(SERVICE).when().get("/api/orders/events").then().statusCode(200)
                .body("items", hasSize(0)).body("nextCursor", equalTo(null));
    }
}
