package cn.huinong.market.gateway;

import static cn.huinong.market.gateway.GatewayProblems.isProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@WithTestResource(StubBackends.class)
class GatewayRoutingTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @ParameterizedTest
    @CsvSource({
            "catalog,  /api/catalog/products",
            "orders,   /api/orders/checkouts",
            "training, /api/training/cohorts/7/attendance",
    })
    void postIsForwardedToItsServiceWithPathQueryAndBodyIntact(String service, String path) {
        String body = "{\"name\":\"临夏牛肉干\",\"priceFen\":4500}";
        given().contentType(ContentType.JSON).body(body)
                .queryParam("after", "c1").queryParam("limit", "20")
                .when().post(path)
                .then().statusCode(201)
                .contentType(ContentType.JSON)
                .header("ETag", "\"stub-1\"")
                .header("X-Request-Id", matchesPattern(UUID))
                .body("service", equalTo(service))
                .body("method", equalTo("POST"))
                .body("uri", equalTo(path + "?after=c1&limit=20"))
                .body("body", equalTo(body))
                .body("headers.content-type", containsString("application/json"));
    }

    @Test
    void otherMethodsAndTheBarePrefixAreForwarded() {
        given().body("{\"state\":\"SHIPPED\"}").contentType(ContentType.JSON)
                .when().put("/api/orders/shop-orders/42")
                .then().statusCode(200)
                .body("service", equalTo("orders")).body("method", equalTo("PUT"))
                .body("body", equalTo("{\"state\":\"SHIPPED\"}"));
        given().when().delete("/api/training/trainees/9")
                .then().statusCode(200)
                .body("service", equalTo("training")).body("method", equalTo("DELETE"));
        given().when().get("/api/catalog")
                .then().statusCode(200)
                .body("service", equalTo("catalog")).body("path", equalTo("/api/catalog"));
    }

    @Test
    void authorizationAndForwardingHeadersReachTheService() {
        String token = "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJmYXJtZXItMSJ9.c2ln";
        given().header("Authorization", token).header("Accept-Language", "zh-CN")
                .when().get("/api/catalog/shops/mine")
                .then().statusCode(200)
                .body("headers.authorization", equalTo(token))
                .body("headers.accept-language", equalTo("zh-CN"))
                .body("headers.x-forwarded-proto", equalTo("http"))
                .body("headers.x-forwarded-for", equalTo("127.0.0.1"));
    }

    @Test
    void requestIdIsGeneratedWhenAbsentAndSeenByTheService() {
        Response response = given().when().get("/api/orders/feed");
        response.then().statusCode(200).header("X-Request-Id", matchesPattern(UUID));
        assertEquals(response.header("X-Request-Id"), response.path("headers.x-request-id"));
    }

    @Test
    void wellFormedRequestIdIsKeptEndToEnd() {
        given().header("X-Request-Id", "app-7f3a:retry.2")
                .when().get("/api/training/programmes")
                .then().statusCode(200)
                .header("X-Request-Id", "app-7f3a:retry.2")
                .body("headers.x-request-id", equalTo("app-7f3a:retry.2"));
    }

    @Test
    void malformedRequestIdIsReplaced() {
        given().header("X-Request-Id", "bad id\" with spaces")
                .when().get("/api/catalog/products")
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern(UUID))
                .body("headers.x-request-id", matchesPattern(UUID));
        given().header("X-Request-Id", "a".repeat(129))
                .when().get("/api/catalog/products")
                .then().header("X-Request-Id", matchesPattern(UUID));
    }

    @Test
    void slowServiceGivesGatewayTimeoutProblemWithinTheRouteTimeout() {
        long started = System.nanoTime();
        var timedOut = given().header("X-Request-Id", "slow-1").header("Accept-Language", "en")
                .when().get("/api/orders/checkouts/slow?delayMs=5000").then();
        isProblem(timedOut, 504, "gateway-timeout", "Gateway timeout", "/api/orders/checkouts/slow", "slow-1")
                .body("detail", containsString("did not answer in time"));
        long millis = (System.nanoTime() - started) / 1_000_000;
        // Orders has a 1s timeout in this test; the stub would answer after 5s.
        assertEquals(true, millis >= 900 && millis < 3000, "504 after " + millis + " ms");
    }

    @Test
    void slowAnswerWithinTheTimeoutStillArrives() {
        given().when().get("/api/orders/checkouts?delayMs=300")
                .then().statusCode(200).body("service", equalTo("orders"));
    }

    @Test
    void unknownRouteIsNotFoundProblem() {
        var notFound = given().header("X-Request-Id", "nf-1").header("Accept-Language", "en")
                .when().get("/api/catalogue/products").then();
        isProblem(notFound, 404, "not-found", "Not found", "/api/catalogue/products", "nf-1")
                .header("Content-Language", "en")
                .body("detail", equalTo("No resource exists at this path."));
        given().when().post("/admin")
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404)).body("requestId", matchesPattern(UUID));
    }

    @Test
    void problemsSpeakChineseWhenAsked() {
        given().header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8")
                .when().get("/nothing-here")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .header("Content-Language", "zh-CN")
                .body("title", equalTo("未找到"))
                .body("detail", equalTo("该路径下没有任何资源。"));
        given().header("Accept-Language", "en-US,zh;q=0.5")
                .when().get("/nothing-here")
                .then().statusCode(404).body("title", equalTo("Not found"));
        given().header("Accept-Language", "zh-CN")
                .when().get("/api/orders/slow?delayMs=3000")
                .then().statusCode(504).body("title", equalTo("服务响应超时"));
        // Chinese is also the default, as in every service.
        given().when().get("/nothing-here")
                .then().statusCode(404).header("Content-Language", "zh-CN").body("title", equalTo("未找到"));
    }

    @Test
    void bodyOverTheLimitIsRejectedBeforeReachingTheService() {
        given().contentType(ContentType.JSON).body("x".repeat(65 * 1024))
                .when().post("/api/catalog/products")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .header("X-Request-Id", matchesPattern(UUID))
                .body("type", equalTo("https://huinong.market/problems/payload-too-large"))
                .body("status", equalTo(413));
    }

    @Test
    void bodyJustUnderTheLimitPasses() {
        String body = "y".repeat(60 * 1024);
        given().contentType(ContentType.TEXT).body(body)
                .when().post("/api/catalog/images")
                .then().statusCode(201).body("body.length()", equalTo(body.length()));
    }

    @Test
    void corsAllowsTheWebClientAndExposesTheRequestId() {
        given().header("Origin", "http://localhost:8080")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Authorization,Content-Type")
                .when().options("/api/orders/checkouts")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:8080")
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("X-Request-Id", matchesPattern(UUID));
        given().header("Origin", "http://localhost:8080")
                .when().get("/api/catalog/products")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:8080")
                .header("Access-Control-Expose-Headers",
                        allOf(containsString("X-Request-Id"), containsString("ETag"), containsString("Location")));
    }

    @Test
    void livenessMetricsAndLandingPageAreServedByTheGatewayItself() {
        given().when().get("/q/health/live")
                .then().statusCode(200).body("status", equalTo("UP"))
                .header("X-Request-Id", matchesPattern(UUID));
        given().when().get("/api/catalog/products").then().statusCode(200);
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("uri=\"/api/catalog/*\""));
        given().when().get("/")
                .then().statusCode(200).contentType(ContentType.HTML).body(containsString("惠农市集"));
    }
}
