package cn.huinong.market.orders.logistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.huinong.market.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ShippingQuoteTest {

    private final String buyer = TestTokens.token("buyer-1", "buyer");

    private ValidatableResponse quote(String province, Object weightG, Boolean cold) {
        var request = given().auth().oauth2(buyer).queryParam("province", province).queryParam("packedWeightG",
                weightG);
        if (cold != null) {
            request.queryParam("coldChain", cold);
        }
        return request.when().get("/api/orders/shipping/quote").then();
    }

    @Test
    void firstKilogramThenEveryStartedKilogramByZone() {
        // Lanzhou (Gansu, near): 1 kg.
        quote("62", 330, null).statusCode(200).body("zone", equalTo("near")).body("chargeableKg", equalTo(1))
                .body("feeFen", equalTo(800)).body("currency", equalTo("CNY"));
        // Guangdong (central): 2,900 g is 3 started kilograms = 1200 + 2 × 600.
        quote("44", 2900, null).statusCode(200).body("zone", equalTo("central"))
                .body("chargeableKg", equalTo(3)).body("feeFen", equalTo(2400));
        // Exactly 2,000 g is 2 kilograms, 2,001 g is 3.
        quote("44", 2000, null).body("chargeableKg", equalTo(2)).body("feeFen", equalTo(1800));
        quote("44", 2001, null).body("chargeableKg", equalTo(3));
        // Xinjiang (remote), frozen mutton: 1,600 g → 2 kg + cold chain.
        quote("65", 1600, true).statusCode(200).body("zone", equalTo("remote"))
                .body("baseFeeFen", equalTo(3200)).body("coldChainFeeFen", equalTo(1500))
                .body("feeFen", equalTo(4700));
    }

    @Test
    void badInputIsAProblem() {
        quote("81", 500, null).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("province"));
        quote("6", 500, null).statusCode(400).body("errors.field", hasItem("province"));
        quote("62", 0, null).statusCode(400).body("errors.field", hasItem("packedWeightG"));
        quote("62", "heavy", null).statusCode(400);
        given().queryParam("province", "62").queryParam("packedWeightG", 500)
                .when().get("/api/orders/shipping/quote").then().statusCode(401);
    }
}
