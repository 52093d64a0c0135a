package cn.huinong.market.training.cohort;

import static cn.huinong.market.training.Fixtures.ADMIN;
import static cn.huinong.market.training.Fixtures.TRAINER_A;
import static cn.huinong.market.training.Fixtures.TRAINER_B;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.huinong.market.common.testing.TestDatabase;
import cn.huinong.market.training.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EnrolmentResourceTest {

    private String cohortA;
    private String trainee;
    private String enrolment;

    @BeforeEach
    void setUp() {
        TestDatabase.truncateAllExcept();
        cohortA = Fixtures.cohort("A 班", "trainer-a");
        trainee = Fixtures.trainee("马小花", cohortA, ADMIN);
        enrolment = Fixtures.enrolmentOf(cohortA, trainee);
    }

    private io.restassured.response.ValidatableResponse move(String token, String to, String exitDate) {
        Map<String, Object> body = new HashMap<>();
        body.put("to", to);
        body.put("reason", "原因:" + to);
        if (exitDate != null) {
            body.put("exitDate", exitDate);
        }
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/training/enrolments/" + enrolment + "/transitions").then();
    }

    @Test
    void theStagesFollowTheTransitionTableAndEveryMoveIsAudited() {
        move(TRAINER_A, "ACTIVE", null).statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://huinong.market/problems/conflict"));
        move(TRAINER_A, "ENROLLED", null).statusCode(200).body("stage", equalTo("ENROLLED"))
                .body("allowedNext", contains("ACTIVE"));
        move(TRAINER_A, "ACTIVE", null).statusCode(200).body("allowedNext",
                containsInAnyOrder("COMPLETED", "WITHDRAWN"));
        move(TRAINER_A, "EXITED", "2026-06-01").statusCode(409);
        move(TRAINER_A, "COMPLETED", null).statusCode(200);
        move(TRAINER_A, "WITHDRAWN", null).statusCode(409);
        move(TRAINER_A, "EXITED", null).statusCode(400).body("errors.field", hasItem("exitDate"));
        move(TRAINER_A, "EXITED", "2026-01-01").statusCode(400).body("errors.field", hasItem("exitDate"));
        move(ADMIN, "EXITED", "2026-06-01").statusCode(200).body("stage", equalTo("EXITED"))
                .body("exitDate", equalTo("2026-06-01"));
        move(ADMIN, "APPLIED", null).statusCode(409);

        given().auth().oauth2(TRAINER_A).when().get("/api/training/enrolments/" + enrolment + "/transitions").then()
                .statusCode(200)
                .body("to", contains("APPLIED", "ENROLLED", "ACTIVE", "COMPLETED", "EXITED"))
                .body("actor", contains("admin-1", "trainer-a", "trainer-a", "trainer-a", "admin-1"))
                .body("reason[4]", equalTo("原因:EXITED"));
        assertEquals(5, TestDatabase.count("SELECT count(*) FROM enrolment_transition"));
    }

    @Test
    void withdrawalIsOnlyFromActive() {
        move(ADMIN, "WITHDRAWN", null).statusCode(409);
        Fixtures.advance(enrolment, "ENROLLED", "ACTIVE");
        move(ADMIN, "WITHDRAWN", null).statusCode(200);
        move(ADMIN, "COMPLETED", null).statusCode(409);
        move(ADMIN, "EXITED", "2026-04-01").statusCode(200);
    }

    @Test
    void staleIfMatchIsRefused() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("If-Match", "\"7\"")
                .body(Map.of("to", "ENROLLED")).when().post("/api/training/enrolments/" + enrolment + "/transitions")
                .then().statusCode(412).body("current.stage", equalTo("APPLIED"));
    }

    @Test
    void enrollingTwiceOrUnknownTraineesIsRefused() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("traineeId", trainee))
                .when().post("/api/training/cohorts/" + cohortA + "/enrolments").then().statusCode(409);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("traineeId", java.util.UUID.randomUUID().toString()))
                .when().post("/api/training/cohorts/" + cohortA + "/enrolments").then().statusCode(404);
        String cohortA2 = Fixtures.cohort("A2 班", "trainer-a");
        given().auth().oauth2(TRAINER_A).contentType(ContentType.JSON).body(Map.of("traineeId", trainee))
                .when().post("/api/training/cohorts/" + cohortA2 + "/enrolments").then().statusCode(201)
                .body("stage", equalTo("APPLIED"));
        given().auth().oauth2(TRAINER_A).when().get("/api/training/cohorts/" + cohortA2 + "/enrolments").then()
                .statusCode(200).body("traineeId", contains(trainee));
    }

    @Test
    void anotherTrainerCanNeitherSeeNorMoveTheEnrolment() {
        move(TRAINER_B, "ENROLLED", null).statusCode(404);
        given().auth().oauth2(TRAINER_B).when().get("/api/training/enrolments/" + enrolment).then().statusCode(404);
        given().auth().oauth2(TRAINER_B).when().get("/api/training/cohorts/" + cohortA + "/enrolments").then()
                .statusCode(404);
        // Nor pull someone else's trainee into their own cohort to get to see them.
        String cohortB = Fixtures.cohort("B 班", "trainer-b");
        given().auth().oauth2(TRAINER_B).contentType(ContentType.JSON).body(Map.of("traineeId", trainee))
                .when().post("/api/training/cohorts/" + cohortB + "/enrolments").then().statusCode(404);
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM enrolment"));
    }
}
