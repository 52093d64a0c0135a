package cn.huinong.market.common.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;

import org.junit.jupiter.api.Test;

/** Health, API description and metrics: what operators and the gateway rely on, the same in every service. */
public abstract class PlatformEndpointsTestBase {

    private final String describedPath;
    private final String[] readinessChecks;

    /**
     * @param describedPath   a path of the service's API that the OpenAPI document must describe
     * @param readinessChecks the names of the readiness checks the service must report
     */
    protected PlatformEndpointsTestBase(String describedPath, String... readinessChecks) {
        this.describedPath = describedPath;
        this.readinessChecks = readinessChecks;
    }

    @Test
    void readinessCoversWhatTheServiceNeeds() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems(readinessChecks));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void openApiDescribesTheApi() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey(describedPath));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void prometheusMetricsCountRequests() {
        given().when().get(describedPath).then().statusCode(org.hamcrest.Matchers.lessThan(500));
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"));
    }
}
