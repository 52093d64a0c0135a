package cn.huinong.market.gateway;

import static cn.huinong.market.gateway.GatewayProblems.isReadiness;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(StubBackends.class)
class ReadinessTest {

    @Test
    void readyWhenEveryServiceIsReady() {
        isReadiness(200, "catalog", "UP", "orders", "UP", "training", "UP")
                .body("checks.name", hasItem("services"));
    }

    @Test
    void notReadyNamingTheServiceThatIsNot() {
        setCatalogReadiness(503);
        try {
            isReadiness(503, "catalog", "DOWN", "catalog.reason", "HTTP 503", "orders", "UP");
            // Liveness is the gateway's own and stays up.
            given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        } finally {
            setCatalogReadiness(200);
        }
    }

    private static void setCatalogReadiness(int status) {
        String catalog = ConfigProvider.getConfig().getValue("huinong.gateway.routes.catalog.url", String.class);
        given().baseUri(catalog).port(-1).queryParam("status", status)
                .when().put("/__stub/ready")
                .then().statusCode(204);
    }
}
