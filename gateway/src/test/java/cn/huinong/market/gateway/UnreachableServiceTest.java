package cn.huinong.market.gateway;

import static cn.huinong.market.gateway.GatewayProblems.isProblem;
import static cn.huinong.market.gateway.GatewayProblems.isReadiness;
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
        var down = given().header("X-Request-Id", "down-1").header("Accept-Language", "en")
                .contentType(ContentType.JSON).body("{\"score\":90}")
                .when().post("/api/training/assessments").then();
        isProblem(down, 502, "bad-gateway", "Bad gateway", "/api/training/assessments", "down-1");
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
        isReadiness(503, "training", "DOWN", "training.reason", "connection refused", "catalog", "UP");
    }
}
