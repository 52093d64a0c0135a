package cn.huinong.market.sandbox.payment;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Drives the sandbox over HTTP the way its users do: a merchant through its API, a buyer on the cashier page. */
final class Sandbox {

    static final String API = "/api/sandbox-pay/";
    static final String CASHIER = "/api/orders/sandbox-pay/";

    private Sandbox() {
    }

    static Map<String, Object> order(UUID paymentId, long amountFen, OffsetDateTime expiresAt, String notifyUrl) {
        Map<String, Object> body = new HashMap<>();
        body.put("paymentId", paymentId);
        body.put("amountFen", amountFen);
        body.put("currency", "CNY");
        body.put("subject", "临夏清真牛肉干 ×2");
        body.put("expiresAt", expiresAt.toString());
        body.put("notifyUrl", notifyUrl);
        return body;
    }

    static ValidatableResponse create(Map<String, Object> order) {
        return given().contentType(ContentType.JSON).body(order).when().post(API + "payments").then();
    }

    /** Creates the payment and returns the provider's id of it. */
    static String created(Map<String, Object> order) {
        return create(order).statusCode(200).extract().path("providerPaymentId");
    }

    static ValidatableResponse query(UUID paymentId) {
        return given().when().get(API + "payments/" + paymentId).then();
    }

    static ValidatableResponse close(UUID paymentId) {
        return given().when().post(API + "payments/" + paymentId + "/close").then();
    }

    static ValidatableResponse refund(UUID refundId, UUID paymentId, long refundFen, long totalFen, String reason) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("paymentId", paymentId, "refundFen", refundFen, "paymentTotalFen", totalFen, "reason",
                        reason))
                .when().put(API + "refunds/" + refundId).then();
    }

    static ValidatableResponse pay(String providerPaymentId) {
        return given().header("X-Sandbox-Payer", "buyer-1").when().post(CASHIER + providerPaymentId + "/pay").then();
    }
}
