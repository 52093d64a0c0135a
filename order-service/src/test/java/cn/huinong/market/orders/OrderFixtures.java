package cn.huinong.market.orders;

import static io.restassured.RestAssured.given;

import cn.huinong.market.common.testing.TestTokens;
import cn.huinong.market.orders.payment.sandbox.SandboxServer;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Shop orders in a given state, made the way a real one is: a checkout against {@link CatalogStub}, paid at the
 * sandbox cashier, the sandbox's signed notification (as it would deliver it) posted
 * to {@code POST /api/orders/payments/notifications/sandbox}, then moved by its seller and buyer over the API.
 * Use inside a {@code @QuarkusTest}; each call registers a fresh SKU, so it works after
 * {@code CatalogStub.reset()} and {@code TestDatabase.truncateAllExcept()}.
 */
public final class OrderFixtures {

    /** One shop order of one checkout (one SKU, {@code quantity} units). */
    public record Made(UUID orderId, UUID checkoutId, UUID shopId, String buyerSub, String sellerSub,
            long goodsFen, long shippingFen, long totalFen, long commissionFen) {
    }

    private OrderFixtures() {
    }

    /** A PAID order of a new shop owned by {@code sellerSub}: {@code quantity} × {@code unitPriceFen}. */
    public static Made paid(String buyerSub, String sellerSub, long unitPriceFen, int quantity) {
        UUID shopId = UUID.randomUUID();
        UUID sku = CatalogStub.sku(shopId, "临夏测试店", sellerSub, "NONE", "花椒", unitPriceFen, 400, "AMBIENT");
        String buyer = TestTokens.token(buyerSub, "buyer");
        JsonPath checkout = given().auth().oauth2(buyer).contentType(ContentType.JSON)
                .body(Map.of("lines", List.of(Map.of("skuId", sku, "quantity", quantity)),
                        "address", Map.of("recipientName", "王芳", "phone", "13912345678", "provinceCode", "62",
                                "addressLine", "甘肃省临夏市红园路 1 号")))
                .when().post("/api/orders/checkouts").then().statusCode(201).extract().jsonPath();
        UUID checkoutId = UUID.fromString(checkout.getString("id"));
        String payUrl = checkout.getString("payUrl");
        String providerPaymentId = payUrl.substring(payUrl.lastIndexOf('/') + 1);
        given().auth().oauth2(buyer).when().post("/api/orders/sandbox-pay/" + providerPaymentId + "/pay")
                .then().statusCode(200);
        String form = signedNotification(providerPaymentId);
        String answer = given().contentType("application/x-www-form-urlencoded; charset=utf-8").body(form)
                .when().post("/api/orders/payments/notifications/sandbox").then().statusCode(200)
                .extract().asString();
        if (!"success".equals(answer)) {
            throw new IllegalStateException("notification not acknowledged: " + answer);
        }
        JsonPath order = given().auth().oauth2(buyer).when().get("/api/orders/checkouts/" + checkoutId)
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> so = order.getMap("shopOrders[0]");
        if (!"PAID".equals(so.get("status"))) {
            throw new IllegalStateException("order not paid: " + so.get("status"));
        }
        return new Made(UUID.fromString((String) so.get("id")), checkoutId, shopId, buyerSub, sellerSub,
                ((Number) so.get("goodsFen")).longValue(), ((Number) so.get("shippingFen")).longValue(),
                ((Number) so.get("totalFen")).longValue(), ((Number) so.get("commissionFen")).longValue());
    }

    /** A PAID order the seller has ACCEPTED. */
    public static Made accepted(String buyerSub, String sellerSub, long unitPriceFen, int quantity) {
        Made m = paid(buyerSub, sellerSub, unitPriceFen, quantity);
        move(m.orderId(), TestTokens.token(sellerSub, "seller"), Map.of("to", "ACCEPTED"));
        return m;
    }

    /** Accepted and SHIPPED by the seller (carrier 顺丰, tracking SF1234567890). */
    public static Made shipped(String buyerSub, String sellerSub, long unitPriceFen, int quantity) {
        Made m = accepted(buyerSub, sellerSub, unitPriceFen, quantity);
        move(m.orderId(), TestTokens.token(sellerSub, "seller"),
                Map.of("to", "SHIPPED", "carrier", "顺丰", "trackingNumber", "SF1234567890"));
        return m;
    }

    /** Shipped and confirmed DELIVERED by the buyer. */
    public static Made delivered(String buyerSub, String sellerSub, long unitPriceFen, int quantity) {
        Made m = shipped(buyerSub, sellerSub, unitPriceFen, quantity);
        move(m.orderId(), TestTokens.token(buyerSub, "buyer"), Map.of("to", "DELIVERED"));
        return m;
    }

    public static void move(UUID orderId, String token, Map<String, Object> request) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(new HashMap<>(request))
                .when().post("/api/orders/shop-orders/" + orderId + "/transitions").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo(request.get("to")));
    }

    /**
     * The sandbox's signed notification of a paid payment, byte for byte as the provider sends it (form-encoded,
     * RSA2-signed). Read from the sandbox's own record rather than waiting for its asynchronous delivery.
     */
    public static String signedNotification(String providerPaymentId) {
        SandboxServer server = Arc.container().instance(SandboxServer.class).get();
        return QuarkusTransaction.requiringNew().call(() -> server.notificationOf(providerPaymentId).body);
    }
}
