package cn.huinong.market.catalog.trace;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(TraceTestProfile.class)
class TraceCodeResourceTest {

    @Test
    void aLabelCodeIsReadWithoutLoggingIn() {
        given().queryParam("uri", "https://trace.huinong.market/01/6901234567892/10/NRG-2026%2F11?s=qr")
                .get("/api/catalog/trace/codes").then().statusCode(200)
                .body("kind", equalTo("GTIN_LOT"))
                .body("gtin", equalTo("06901234567892"))
                .body("lot", equalTo("NRG-2026/11"))
                .body("path", equalTo("/01/06901234567892/10/NRG-2026%2F11"));
    }

    @Test
    void aBadCheckDigitIsAProblem400() {
        given().queryParam("uri", "https://trace.huinong.market/01/6901234567893/10/A1")
                .get("/api/catalog/trace/codes").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("The GTIN's check digit is wrong."));
    }

    @Test
    void theEpcisContextIsServedFromTheLocalCopy() {
        given().get("/api/catalog/trace/epcis-context.jsonld").then().statusCode(200)
                .contentType("application/ld+json")
                .body("'@context'.cbv", equalTo("https://ref.gs1.org/cbv/"))
                .body("'@context'.bizStep.'@context'.keySet()", hasItem("shipping"));
    }
}
