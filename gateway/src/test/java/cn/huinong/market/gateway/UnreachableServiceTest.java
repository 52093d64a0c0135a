package cn.huinong.market.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Training points at a port nobody listens on, as when the service is down. */
@QuarkusTest
@TestProfile(UnreachableServiceTest.TrainingDown.class)
class UnreachableServiceTest {

    public static class TrainingDown implements QuarkusTestProfile {

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(StubBackends.class, Map.of("unreachable", "training")));
        }
    }

    @Test
    void serviceThatRefusesConnectionsGivesBadGatewayProblem() {
        given().header("X-Request-Id", "down-1").header("Accept-Language", "en").contentType(ContentType.JSON)
                .body("{\"score\":90}")
                .when().post("/api/training/assessments")
                .then().statusCode(502)
                .contentType("application/problem+json")
                .header("X-Request-Id", "down-1")
                .body("type", equalTo("https://huinong.market/problems/bad-gateway"))
                .body("title", equalTo("Bad gateway"))
                .body("status", equalTo(502))
                .body("instance", equalTo("/api/training/assessments"))
                .body("requestId", equalTo("down-1"));
        given().header("Accept-Language", "zh-CN")
                .when().get("/api/training/cohorts")
                .then().statusCode(502).body("title", equalTo("服务暂时无法访问"));
    }

    @Test
    void otherRoutesStillWork() {
        given().when().get("/api/catalog/products").then().statusCode(200).body("service", equalTo("catalog"));
    }

    @Test
    void readinessIsDownNamingTheUnreachableService() {
        given().when().get("/q/health/ready")
                .then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'services' }.data.training", equalTo("DOWN"))
                .body("checks.find { it.name == 'services' }.data['training.reason']", equalTo("connection refused"))
                .body("checks.find { it.name == 'services' }.data.catalog", equalTo("UP"));
    }
}
