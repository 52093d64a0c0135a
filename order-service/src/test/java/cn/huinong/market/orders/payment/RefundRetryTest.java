package cn.huinong.market.orders.payment;

import static cn.huinong.market.orders.Orders.admin;
import static cn.huinong.market.orders.Orders.line;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.huinong.market.common.testing.MutableClock;
import cn.huinong.market.common.testing.TestDatabase;
import cn.huinong.market.common.testing.TestTokens;
import cn.huinong.market.orders.CatalogStub;
import cn.huinong.market.orders.Orders;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A refund the provider refuses is not lost: operators find it and send it again, once. */
@QuarkusTest
class RefundRetryTest {

    // Tokens are made per test (an instance per test method): they live five minutes, and on a busy machine a
    // run of this class can outlast one.
    final String BUYER = TestTokens.token("buyer-1", "buyer");
    final String SELLER = TestTokens.token("seller-ma", "seller");
    static final UUID MA = UUID.randomUUID();

    @Inject NotificationRecorder recorder;

    @Inject MutableClock clock;

    UUID beef;

    @BeforeEach
    void aShop() {
        TestDatabase.truncateAllExcept();
        CatalogStub.reset();
        recorder.reset();
        clock.reset();
        beef = CatalogStub.sku(MA, "马家清真牛羊肉", "seller-ma", "NONE", "清真牦牛肉干", 6800, 550, "AMBIENT");
    }

    private static void sql(String statement) {
        TestDatabase.count("WITH u AS (" + statement + " RETURNING 1) SELECT count(*) FROM u");
    }

    @Test
    void aRefusedRefundIsListedAndSentAgainOnce() throws Exception {
        JsonPath checkout = Orders.paid(BUYER, List.of(line(beef, 1)));
        String order = checkout.getString("shopOrders[0].id");
        // The provider will refuse: as far as it knows, this payment is not paid.
        sql("UPDATE sandbox_payment SET status = 'CLOSED', paid_at = NULL, closed_at = now()");
        Orders.move(SELLER, order, "CANCELLED", Map.of("reason", "牦牛肉断货")).statusCode(200);
        given().auth().oauth2(BUYER).when().get("/api/orders/shop-orders/" + order).then()
                .body("status", equalTo("CANCELLED")).body("refundedFen", equalTo(0));
        String failed = given().auth().oauth2(admin()).queryParam("status", "FAILED").when()
                .get("/api/orders/refunds").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].shopOrderId", equalTo(order))
                .body("items[0].amountFen", equalTo(6800 + 800))
                .body("items[0].failure", equalTo("PAYMENT_NOT_PAID"))
                .extract().path("items[0].id");
        assertEquals(0, TestDatabase.count("SELECT count(*) FROM ledger_entries WHERE kind = 'REFUND'"));

        sql("UPDATE sandbox_payment SET status = 'PAID', paid_at = now(), closed_at = NULL");
        given().auth().oauth2(SELLER).contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .when().post("/api/orders/refunds/" + failed + "/retry").then().statusCode(403);
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(Map.of("reason", "支付机构已修复"))
                .when().post("/api/orders/refunds/" + failed + "/retry").then().statusCode(200)
                .body("status", equalTo("SUCCEEDED")).body("amountFen", equalTo(7600));
        given().auth().oauth2(BUYER).when().get("/api/orders/shop-orders/" + order).then()
                .body("refundedFen", equalTo(7600));
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM ledger_entries WHERE kind = 'REFUND'"));
        given().auth().oauth2(admin()).queryParam("status", "RETRIED").when().get("/api/orders/refunds").then()
                .body("items.id", contains(failed));
        given().auth().oauth2(TestTokens.token("training-service", "service")).when().get("/api/orders/events")
                .then().body("items.type", contains("ORDER_PAID", "ORDER_CANCELLED", "ORDER_REFUNDED"));
        // Only once: the refused refund is settled now.
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(Map.of("reason", "again"))
                .when().post("/api/orders/refunds/" + failed + "/retry").then().statusCode(409);
        given().auth().oauth2(admin()).when().get("/api/orders/refunds").then().statusCode(400);
    }
}
