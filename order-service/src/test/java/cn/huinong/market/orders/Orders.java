package cn.huinong.market.orders;

import static io.restassured.RestAssured.given;

import cn.huinong.market.common.testing.TestTokens;
import cn.huinong.market.orders.payment.NotificationRecorder;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Drives orders the way their users do, over HTTP: a buyer checks out, pays at the sandbox cashier, and the
 * provider's signed notification (caught by the test recorder) reaches our notification endpoint.
 */
public final class Orders {

    public static final String ADMIN = TestTokens.token("admin-1", "admin");
    public static final String NOTIFY = "/api/orders/payments/notifications/sandbox";

    private Orders() {
    }

    public static Map<String, Object> cart(List<Map<String, Object>> lines, String province) {
        return Map.of("lines", lines, "address", Map.of("recipientName", "王芳", "phone", "13912345678",
                "provinceCode", province, "addressLine", "上海市浦东新区世纪大道 100 号"));
    }

    /** The shop order of one shop in a checkout's JSON. */
    public static Map<String, Object> shopOrder(JsonPath checkout, UUID shopId) {
        List<Map<String, Object>> orders = checkout.getList("shopOrders");
        return orders.stream().filter(o -> o.get("shopId").equals(shopId.toString())).findFirst().orElseThrow();
    }

    public static Map<String, Object> line(UUID sku, int quantity) {
        return Map.of("skuId", sku, "quantity", quantity);
    }

    public static JsonPath checkout(String buyer, List<Map<String, Object>> lines) {
        return given().auth().oauth2(buyer).contentType(ContentType.JSON).body(cart(lines, "62"))
                .when().post("/api/orders/checkouts").then().statusCode(201).extract().jsonPath();
    }

    public static String providerPaymentId(JsonPath checkout) {
        String url = checkout.getString("payUrl");
        return url.substring(url.lastIndexOf('/') + 1);
    }

    /** The buyer pays; returns the signed notification the provider sent (not yet forwarded to us). */
    public static MultivaluedMap<String, String> pay(String buyer, JsonPath checkout, NotificationRecorder recorder)
            throws InterruptedException {
        given().auth().oauth2(buyer).when().post("/api/orders/sandbox-pay/" + providerPaymentId(checkout) + "/pay")
                .then().statusCode(200);
        String id = checkout.getString("id");
        for (int i = 0; i < 100; i++) {
            for (NotificationRecorder.Received r : recorder.received()) {
                if (id.equals(r.form().getFirst("out_trade_no"))) {
                    return r.form();
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the sandbox never notified the payment of checkout " + id);
    }

    public static ValidatableResponse deliver(MultivaluedMap<String, String> form) {
        // The provider signs UTF-8 text (Chinese subjects); RestAssured would default to ISO-8859-1.
        var request = given().contentType("application/x-www-form-urlencoded; charset=UTF-8");
        for (Map.Entry<String, List<String>> e : form.entrySet()) {
            request = request.formParam(e.getKey(), e.getValue().get(0));
        }
        return request.when().post(NOTIFY).then().log().ifError();
    }

    /** A checkout paid and applied: its shop orders are PAID. */
    public static JsonPath paid(String buyer, List<Map<String, Object>> lines, NotificationRecorder recorder)
            throws InterruptedException {
        JsonPath checkout = checkout(buyer, lines);
        deliver(pay(buyer, checkout, recorder)).statusCode(200);
        return checkout;
    }

    public static ValidatableResponse move(String token, String orderId, String to, Map<String, Object> extra) {
        Map<String, Object> body = new java.util.HashMap<>(extra);
        body.put("to", to);
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/orders/shop-orders/" + orderId + "/transitions").then();
    }

    public static UUID uuid(JsonPath p, String path) {
        return UUID.fromString(p.getString(path));
    }
}
