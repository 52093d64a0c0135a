package cn.huinong.market.gateway;

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
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("services"))
                .body("checks.find { it.name == 'services' }.data.catalog", equalTo("UP"))
                .body("checks.find { it.name == 'services' }.data.orders", equalTo("UP"))
                .body("checks.find { it.name == 'services' }.data.training", equalTo("UP"));
    }

    @Test
    void notReadyNamingTheServiceThatIsNot() {
        setCatalogReadiness(503);
        try {
            given().when().get("/q/health/ready")
                    .then().statusCode(503)
                    .body("status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'services' }.status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'services' }.data.catalog", equalTo("DOWN"))
                    .body("checks.find { it.name == 'services' }.data['catalog.reason']", equalTo("HTTP 503"))
                    .body("checks.find { it.name == 'services' }.data.orders", equalTo("UP"));
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
