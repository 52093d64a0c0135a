package cn.huinong.market.orders;

import static io.restassured.RestAssured.given;

import cn.huinong.market.common.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Drives orders the way their users do, over HTTP: a buyer checks out, pays at the sandbox cashier, and the
 * provider's signed notification (read from the sandbox's record) reaches our notification endpoint.
 */
public final class Orders {

    /** A fresh admin token (tokens live five minutes; a long test class must not keep one). */
    public static String admin() {
        return TestTokens.token("admin-1", "admin");
    }
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

    /**
     * The buyer pays; returns the signed notification the provider made (not yet forwarded to us), read from the
     * sandbox's own record instead of waiting for its asynchronous delivery.
     */
    public static MultivaluedMap<String, String> pay(String buyer, JsonPath checkout) {
        String providerPaymentId = providerPaymentId(checkout);
        given().auth().oauth2(buyer).when().post("/api/orders/sandbox-pay/" + providerPaymentId + "/pay").then()
                .statusCode(200);
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        for (String pair : OrderFixtures.signedNotification(providerPaymentId).split("&")) {
            int eq = pair.indexOf('=');
            form.add(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return form;
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
    public static JsonPath paid(String buyer, List<Map<String, Object>> lines) {
        JsonPath checkout = checkout(buyer, lines);
        deliver(pay(buyer, checkout)).statusCode(200);
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
