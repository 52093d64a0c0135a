package cn.huinong.market.training.placement;

import static cn.huinong.market.training.Fixtures.ADMIN;
import static cn.huinong.market.training.Fixtures.TRAINER_A;
import static cn.huinong.market.training.Fixtures.TRAINER_B;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import cn.huinong.market.common.testing.TestDatabase;
import cn.huinong.market.training.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlacementResourceTest {

    private String trainee;
    private String path;

    @BeforeEach
    void setUp() {
        TestDatabase.truncateAllExcept();
        trainee = Fixtures.trainee("马小花", Fixtures.cohort("A 班", "trainer-a"), ADMIN);
        path = "/api/training/trainees/" + trainee + "/placements";
    }

    private String create(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(path).then()
                .statusCode(201).extract().path("id");
    }

    @Test
    void retentionIsComputedFromThePlacements() {
        create(TRAINER_A, Fixtures.placement("临夏清真牛肉厂", "客服", "2025-01-10", "2025-05-20"));
        create(TRAINER_A, Fixtures.placement("临夏 清真牛肉厂", "直播运营", "2025-05-21", null));
        create(TRAINER_A, Fixtures.placement("兰州某商贸公司", "选品", "2025-02-01", "2025-04-30"));
        given().auth().oauth2(TRAINER_A).queryParam("asOf", "2026-01-01").when().get(path).then().statusCode(200)
                .body("employerName", contains("临夏清真牛肉厂", "兰州某商贸公司", "临夏 清真牛肉厂"))
                // First job continues (a role change the next day) with the same employer.
                .body("[0].retention.employedUntil", nullValue())
                .body("[0].retention.monthsEmployed", equalTo(11))
                .body("[0].retention.stillEmployed", equalTo(true))
                .body("[0].retention.at3Months", equalTo("RETAINED"))
                .body("[0].retention.at6Months", equalTo("RETAINED"))
                .body("[0].retention.at12Months", equalTo("PENDING"))
                // Left before three months.
                .body("[1].retention.monthsEmployed", equalTo(3))
                .body("[1].retention.stillEmployed", equalTo(false))
                .body("[1].retention.at3Months", equalTo("NOT_RETAINED"))
                .body("[1].retention.at12Months", equalTo("NOT_RETAINED"))
                .body("[2].retention.at6Months", equalTo("RETAINED"))
                .body("[2].monthlyWageFen", equalTo(450000))
                .body("[2].currency", equalTo("CNY"));
    }

    @Test
    void recordingTheEndOfAJobNeedsTheCurrentVersion() {
        String id = create(ADMIN, Fixtures.placement("临夏清真牛肉厂", "客服", "2025-01-10", null));
        given().auth().oauth2(TRAINER_A).contentType(ContentType.JSON)
                .body(Fixtures.placement("临夏清真牛肉厂", "客服", "2025-01-10", "2025-03-01"))
                .when().put(path + "/" + id).then().statusCode(428);
        given().auth().oauth2(TRAINER_A).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Fixtures.placement("临夏清真牛肉厂", "客服", "2025-01-10", "2025-03-01"))
                .when().put(path + "/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("retention.at3Months", equalTo("NOT_RETAINED"));
        given().auth().oauth2(TRAINER_A).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Fixtures.placement("临夏清真牛肉厂", "客服", "2025-01-10", null))
                .when().put(path + "/" + id).then().statusCode(412).body("current.endDate", equalTo("2025-03-01"));
    }

    @Test
    void placementsAreValidatedAndPrivateToTheCohortsTrainers() {
        Map<String, Object> bad = Fixtures.placement("厂", "客服", "2025-05-01", "2025-04-01");
        bad.put("monthlyWageFen", -5);
        bad.put("verification", "RUMOUR");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(bad).when().post(path).then()
                .statusCode(400).body("errors.field", hasItem("verification"));
        bad.put("verification", "SELF_REPORTED");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(bad).when().post(path).then()
                .statusCode(400).body("errors.field", hasItem("endDate"))
                .body("errors.field", hasItem("monthlyWageFen"));
        String id = create(ADMIN, Fixtures.placement("临夏清真牛肉厂", "客服", "2025-01-10", null));
        given().auth().oauth2(TRAINER_B).when().get(path).then().statusCode(404);
        given().auth().oauth2(TRAINER_B).when().get(path + "/" + id).then().statusCode(404);
        given().auth().oauth2(TRAINER_B).contentType(ContentType.JSON)
                .body(Fixtures.placement("x", "y", "2025-01-01", null)).when().post(path).then().statusCode(404);
        given().auth().oauth2(TRAINER_A).when().get(path + "/" + id).then().statusCode(200).header("ETag", "\"0\"");
    }
}
