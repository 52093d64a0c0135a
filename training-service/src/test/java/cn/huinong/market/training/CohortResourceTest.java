package cn.huinong.market.training;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.huinong.market.common.testing.TestDatabase;
import cn.huinong.market.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CohortResourceTest {

    private static final String PATH = "/api/training/cohorts";
    private final String admin = TestTokens.token("admin-1", "admin");
    private final String trainerA = TestTokens.token("trainer-a", "trainer");
    private final String trainerB = TestTokens.token("trainer-b", "trainer");

    /** A cohort body (kept here for IdempotencyTest and ProblemContractTest; see {@link Fixtures#cohortBody}). */
    static Map<String, Object> cohort(String name, String start, String end, String... trainers) {
        return Fixtures.cohortBody(name, start, end, trainers);
    }

    @BeforeEach
    void cleanDatabase() {
        TestDatabase.truncateAllExcept();
    }

    private String create(Map<String, Object> body) {
        return given().auth().oauth2(admin).contentType(ContentType.JSON).body(body).when().post(PATH)
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void adminOpensACohortWithItsTrainers() {
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(cohort("春季电商运营班", "2026-03-02", "2026-05-29", "trainer-a", "trainer-a", "trainer-c"))
                .when().post(PATH).then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("trainerSubs", contains("trainer-a", "trainer-c"))
                .body("track", equalTo("SHOP_OPERATION"))
                .body("startDate", equalTo("2026-03-02"));
        assertEquals(2, TestDatabase.count("SELECT count(*) FROM cohort_trainer"));
    }

    @Test
    void aTrainerSeesOnlyTheirOwnCohorts() {
        String mine = create(cohort("A 班", "2026-03-02", "2026-05-29", "trainer-a"));
        String shared = create(cohort("A+B 班", "2026-04-01", "2026-06-30", "trainer-a", "trainer-b"));
        String theirs = create(cohort("B 班", "2026-05-01", "2026-07-31", "trainer-b"));

        given().auth().oauth2(trainerA).when().get(PATH).then().statusCode(200)
                .body("items.id", contains(mine, shared));
        given().auth().oauth2(trainerB).when().get(PATH).then().statusCode(200)
                .body("items.id", contains(shared, theirs));
        given().auth().oauth2(TestTokens.token("trainer-new", "trainer")).when().get(PATH).then()
                .statusCode(200).body("items", empty());
        given().auth().oauth2(admin).when().get(PATH).then()
                .body("items.id", containsInAnyOrder(mine, shared, theirs));

        given().auth().oauth2(trainerA).when().get(PATH + "/" + mine).then().statusCode(200)
                .body("name", equalTo("A 班"));
        // Another trainer's cohort is answered exactly like one that does not exist.
        given().auth().oauth2(trainerA).when().get(PATH + "/" + theirs).then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://huinong.market/problems/not-found"));
    }

    @Test
    void otherRolesCannotReadOrWriteCohorts() {
        String id = create(cohort("A 班", "2026-03-02", "2026-05-29", "trainer-a"));
        for (String role : new String[]{"buyer", "seller", "logistics", "service"}) {
            String token = TestTokens.token("trainer-a", role);
            given().auth().oauth2(token).when().get(PATH).then().statusCode(403);
            given().auth().oauth2(token).when().get(PATH + "/" + id).then().statusCode(403);
        }
        given().auth().oauth2(trainerA).contentType(ContentType.JSON)
                .body(cohort("私开班", "2026-03-02", "2026-05-29", "trainer-a"))
                .when().post(PATH).then().statusCode(403);
        given().auth().oauth2(trainerA).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(cohort("改名", "2026-03-02", "2026-05-29", "trainer-a"))
                .when().put(PATH + "/" + id).then().statusCode(403);
        given().auth().oauth2(admin).when().get(PATH + "/" + id).then().body("name", equalTo("A 班"));
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM cohort"));
    }

    @Test
    void datesAreChecked() {
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(cohort("倒序班", "2026-05-29", "2026-03-02"))
                .when().post(PATH).then().statusCode(400)
                .body("errors.field", hasItem("endDate"));
        Map<String, Object> badDate = cohort("坏日期班", "2026-02-30", "2026-05-29");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(badDate)
                .when().post(PATH).then().statusCode(400)
                .body("errors.field", hasItem("startDate"));
        Map<String, Object> badTrack = cohort("未知方向班", "2026-03-02", "2026-05-29");
        badTrack.put("track", "ASTROLOGY");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(badTrack)
                .when().post(PATH).then().statusCode(400)
                .body("errors.field", hasItem("track"));
        assertEquals(0, TestDatabase.count("SELECT count(*) FROM cohort"));
    }

    @Test
    void reassigningTrainersMovesVisibility() {
        String id = create(cohort("A 班", "2026-03-02", "2026-05-29", "trainer-a"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(cohort("A 班", "2026-03-02", "2026-05-29", "trainer-b"))
                .when().put(PATH + "/" + id).then().statusCode(200).header("ETag", "\"1\"");
        given().auth().oauth2(trainerA).when().get(PATH + "/" + id).then().statusCode(404);
        given().auth().oauth2(trainerB).when().get(PATH + "/" + id).then().statusCode(200);
        given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(cohort("旧版本修改", "2026-03-02", "2026-05-29", "trainer-a"))
                .when().put(PATH + "/" + id).then().statusCode(412)
                .body("current.trainerSubs", contains("trainer-b"));
    }

    @Test
    void listIsCursorPaged() {
        for (int month = 1; month <= 5; month++) {
            create(cohort("第" + month + "期", "2026-0" + month + "-01", "2026-0" + month + "-20", "trainer-a"));
        }
        String next = given().auth().oauth2(trainerA).queryParam("limit", 3).when().get(PATH).then()
                .body("items.name", contains("第1期", "第2期", "第3期")).body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        given().auth().oauth2(trainerA).queryParam("limit", 3).queryParam("after", next).when().get(PATH).then()
                .body("items.name", contains("第4期", "第5期")).body("nextCursor", nullValue());
    }
}
