package cn.huinong.market.orders.logistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.huinong.market.common.testing.TestDatabase;
import cn.huinong.market.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LogisticsNodeResourceTest {

    private static final String PATH = "/api/orders/logistics/nodes";
    private final String operator = TestTokens.token("ops-1", "logistics");

    @BeforeEach
    void cleanDatabase() {
        TestDatabase.truncateAllExcept();
    }

    private ValidatableResponse create(String code, String level, String division, String parentId) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "节点" + code);
        body.put("level", level);
        body.put("divisionCode", division);
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        return given().auth().oauth2(operator).contentType(ContentType.JSON).body(body).when().post(PATH).then();
    }

    @Test
    void aCountyTownshipVillageChainIsBuiltAndListed() {
        String county = create("LX-COUNTY", "COUNTY", "622921", null).statusCode(201)
                .body("level", equalTo("COUNTY")).extract().path("id");
        String township = create("LX-HANJI", "TOWNSHIP", "622921101", county).statusCode(201)
                .body("parentId", equalTo(county)).extract().path("id");
        create("LX-HANJI-V1", "VILLAGE", "622921101201", township).statusCode(201);

        given().auth().oauth2(TestTokens.token("buyer-1", "buyer")).queryParam("parentId", county)
                .when().get(PATH).then().statusCode(200)
                .body("items.code", contains("LX-HANJI"));
        given().auth().oauth2(TestTokens.token("seller-1", "seller")).queryParam("level", "VILLAGE")
                .when().get(PATH).then().statusCode(200)
                .body("items.code", contains("LX-HANJI-V1"));
        assertEquals(3, TestDatabase.count("SELECT count(*) FROM logistics_node"));
    }

    @Test
    void theTreeRulesAreEnforced() {
        String county = create("LX-COUNTY", "COUNTY", "622921", null).extract().path("id");
        create("BAD-1", "VILLAGE", "622921101201", county).statusCode(400)
                .body("errors.field", hasItem("parentId"));
        create("BAD-2", "TOWNSHIP", "622922101", county).statusCode(400)
                .body("errors.field", hasItem("divisionCode"));
        create("BAD-3", "TOWNSHIP", "6229211", county).statusCode(400)
                .body("errors.field", hasItem("divisionCode"));
        create("BAD-4", "COUNTY", "622922", county).statusCode(400)
                .body("errors.field", hasItem("parentId"));
        create("BAD-5", "HAMLET", "622921", null).statusCode(400)
                .body("errors.field", hasItem("level"));
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM logistics_node"));
    }

    @Test
    void listIsCursorPagedByCode() {
        for (String code : new String[]{"C-E", "C-A", "C-D", "C-B", "C-C"}) {
            create(code, "COUNTY", "62292" + code.charAt(2) % 10, null).statusCode(201);
        }
        String token = TestTokens.token("buyer-1", "buyer");
        String next = given().auth().oauth2(token).queryParam("limit", 3).when().get(PATH).then()
                .body("items.code", contains("C-A", "C-B", "C-C")).body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        given().auth().oauth2(token).queryParam("limit", 3).queryParam("after", next).when().get(PATH).then()
                .body("items.code", contains("C-D", "C-E")).body("nextCursor", nullValue());
    }

    @Test
    void readingNeedsSignInAndWritingNeedsAnOperator() {
        given().when().get(PATH).then().statusCode(401).contentType("application/problem+json");
        for (String role : new String[]{"buyer", "seller", "trainer", "service"}) {
            given().auth().oauth2(TestTokens.token("u-" + role, role)).contentType(ContentType.JSON)
                    .body(Map.of("code", "X-" + role.toUpperCase(), "name", "x", "level", "COUNTY",
                            "divisionCode", "622921"))
                    .when().post(PATH).then().statusCode(403);
        }
        assertEquals(0, TestDatabase.count("SELECT count(*) FROM logistics_node"));
        given().auth().oauth2(TestTokens.token("admin-1", "admin")).contentType(ContentType.JSON)
                .body(Map.of("code", "BY-ADMIN", "name", "x", "level", "COUNTY", "divisionCode", "622921"))
                .when().post(PATH).then().statusCode(201);
    }

    @Test
    void replaceChecksTheETag() {
        String id = create("LX-COUNTY", "COUNTY", "622921", null).extract().path("id");
        Map<String, Object> change = Map.of("code", "LX-COUNTY", "name", "临夏县共同配送中心", "level", "COUNTY",
                "divisionCode", "622921");
        given().auth().oauth2(operator).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(change)
                .when().put(PATH + "/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("name", equalTo("临夏县共同配送中心"));
        given().auth().oauth2(operator).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(change)
                .when().put(PATH + "/" + id).then().statusCode(412).body("current.version", equalTo(1));
    }
}
