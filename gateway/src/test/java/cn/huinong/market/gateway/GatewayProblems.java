package cn.huinong.market.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.ValidatableResponse;

/** What the gateway's own answers must look like: problems tied to their request, and its readiness report. */
final class GatewayProblems {

    private static final String SERVICES = "checks.find { it.name == 'services' }";

    private GatewayProblems() {
    }

    /**
     * Asserts the status, the problem media type, common's type URI, English title, path and request id (header and
     * body); returns the response for the assertions particular to a test.
     */
    static ValidatableResponse isProblem(ValidatableResponse response, int status, String slug, String title,
            String instance, String requestId) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .header("X-Request-Id", requestId)
                .body("type", equalTo("https://huinong.market/problems/" + slug))
                .body("title", equalTo(title))
                .body("status", equalTo(status))
                .body("instance", equalTo(instance))
                .body("requestId", equalTo(requestId));
    }

    /**
     * Asserts the gateway's readiness answer: its HTTP status, the overall and the {@code services} check's status
     * (UP with 200, else DOWN), and the given entries of that check's data ({@code "catalog", "UP",
     * "catalog.reason", "HTTP 503"}…).
     */
    static ValidatableResponse isReadiness(int httpStatus, String... entriesAndValues) {
        String status = httpStatus == 200 ? "UP" : "DOWN";
        ValidatableResponse response = given().when().get("/q/health/ready").then().statusCode(httpStatus)
                .body("status", equalTo(status))
                .body(SERVICES + ".status", equalTo(status));
        for (int i = 0; i < entriesAndValues.length; i += 2) {
            response.body(SERVICES + ".data['" + entriesAndValues[i] + "']", equalTo(entriesAndValues[i + 1]));
        }
        return response;
    }
}
