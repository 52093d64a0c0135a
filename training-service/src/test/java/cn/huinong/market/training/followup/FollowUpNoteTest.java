package cn.huinong.market.training.followup;

import static cn.huinong.market.training.Fixtures.ADMIN;
import static cn.huinong.market.training.Fixtures.TRAINER_A;
import static cn.huinong.market.training.Fixtures.TRAINER_B;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import cn.huinong.market.common.testing.TestDatabase;
import cn.huinong.market.training.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FollowUpNoteTest {

    private String cohort;
    private String trainee;

    @BeforeEach
    void setUp() {
        TestDatabase.truncateAllExcept();
        cohort = Fixtures.cohort("A 班", "trainer-a");
        trainee = Fixtures.trainee("马小花", cohort, ADMIN);
    }

    @Test
    void exitPlansFollowUpsAndOverdueOnesShowOnTheTrainersView() {
        given().auth().oauth2(ADMIN).when().get("/api/training/trainees/" + trainee + "/follow-ups").then()
                .body("", empty());
        Fixtures.advance(Fixtures.enrolmentOf(cohort, trainee), "ENROLLED", "ACTIVE", "COMPLETED", "EXITED");
        given().auth().oauth2(TRAINER_A).queryParam("asOf", "2026-09-15")
                .when().get("/api/training/trainees/" + trainee + "/follow-ups").then().statusCode(200)
                .body("monthsAfterExit", contains(3, 6, 12))
                .body("dueOn", contains("2026-09-01", "2026-12-01", "2027-06-01"))
                .body("overdue", contains(true, false, false));
        String overdue = given().auth().oauth2(TRAINER_A).queryParam("asOf", "2026-09-15")
                .when().get("/api/training/follow-ups/overdue").then().statusCode(200)
                .body("traineeId", contains(trainee)).body("dueOn", contains("2026-09-01"))
                .extract().path("[0].id");
        given().auth().oauth2(TRAINER_B).queryParam("asOf", "2026-09-15")
                .when().get("/api/training/follow-ups/overdue").then().statusCode(200).body("", empty());
        given().auth().oauth2(TRAINER_A).queryParam("asOf", "2026-09-15")
                .when().get("/api/training/cohorts/" + cohort + "/roster").then().statusCode(200)
                .body("entries[0].overdueFollowUps", equalTo(1));

        String closeUrl = "/api/training/trainees/" + trainee + "/follow-ups/" + overdue + "/closing";
        given().auth().oauth2(TRAINER_A).contentType(ContentType.JSON).body(Map.of("status", "OPEN", "outcome", "x"))
                .when().post(closeUrl).then().statusCode(400).body("errors.field", hasItem("status"));
        given().auth().oauth2(TRAINER_B).contentType(ContentType.JSON)
                .body(Map.of("status", "DONE", "outcome", "x")).when().post(closeUrl).then().statusCode(404);
        given().auth().oauth2(TRAINER_A).contentType(ContentType.JSON)
                .body(Map.of("status", "DONE", "outcome", "在县城电商公司做客服，月薪4200元"))
                .when().post(closeUrl).then().statusCode(200)
                .body("status", equalTo("DONE")).body("closedBy", equalTo("trainer-a"))
                .body("overdue", equalTo(false));
        given().auth().oauth2(TRAINER_A).contentType(ContentType.JSON)
                .body(Map.of("status", "SKIPPED", "outcome", "again")).when().post(closeUrl).then().statusCode(409);
        given().auth().oauth2(TRAINER_A).queryParam("asOf", "2026-09-15")
                .when().get("/api/training/follow-ups/overdue").then().body("", empty());
    }

    @Test
    void followUpsAreNotNeededWhereAnEmployerConfirmsTheJob() {
        Fixtures.advance(Fixtures.enrolmentOf(cohort, trainee), "ENROLLED", "ACTIVE", "COMPLETED", "EXITED");
        placement("SELF_REPORTED", "2026-08-01", null);
        given().auth().oauth2(TRAINER_A).queryParam("asOf", "2026-12-15")
                .when().get("/api/training/trainees/" + trainee + "/follow-ups").then().statusCode(200)
                .body("needed", contains(true, true, true))
                .body("overdue", contains(true, true, false));
        // The employer confirms a job from August to the end of the year: the +3 and +6 month calls are not needed.
        placement("EMPLOYER_CONFIRMED", "2026-08-01", "2026-12-31");
        given().auth().oauth2(TRAINER_A).queryParam("asOf", "2026-12-15")
                .when().get("/api/training/trainees/" + trainee + "/follow-ups").then().statusCode(200)
                .body("needed", contains(false, false, true))
                .body("overdue", contains(false, false, false));
        given().auth().oauth2(TRAINER_A).queryParam("asOf", "2027-07-01")
                .when().get("/api/training/follow-ups/overdue").then().statusCode(200)
                .body("monthsAfterExit", contains(12));
        given().auth().oauth2(TRAINER_A).queryParam("asOf", "2027-07-01")
                .when().get("/api/training/cohorts/" + cohort + "/roster").then().statusCode(200)
                .body("entries[0].overdueFollowUps", equalTo(1));
    }

    private void placement(String verification, String start, String end) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("employerName", "临夏八坊电子商务有限公司",
                "role", "网店客服", "startDate", start, "monthlyWageFen", 320000, "trainingRelated", true,
                "verification", verification));
        if (end != null) {
            body.put("endDate", end);
        }
        given().auth().oauth2(TRAINER_A).contentType(ContentType.JSON).body(body)
                .when().post("/api/training/trainees/" + trainee + "/placements").then().statusCode(201);
    }

    @Test
    void caseNotesAreForTheAssignedTrainersOnly() {
        String notes = "/api/training/trainees/" + trainee + "/notes";
        for (int i = 1; i <= 3; i++) {
            given().auth().oauth2(TRAINER_A).contentType(ContentType.JSON)
                    .body(Map.of("kind", "MENTORING", "body", "第" + i + "次辅导：直播话术"))
                    .when().post(notes).then().statusCode(201).body("author", equalTo("trainer-a"));
        }
        given().auth().oauth2(TRAINER_A).contentType(ContentType.JSON).body(Map.of("kind", "GOSSIP", "body", "x"))
                .when().post(notes).then().statusCode(400).body("errors.field", hasItem("kind"));
        given().auth().oauth2(TRAINER_A).contentType(ContentType.JSON).body(Map.of("kind", "SUPPORT", "body", " "))
                .when().post(notes).then().statusCode(400).body("errors.field", hasItem("body"));
        String next = given().auth().oauth2(ADMIN).queryParam("limit", 2).when().get(notes).then().statusCode(200)
                .body("items.body", contains("第1次辅导：直播话术", "第2次辅导：直播话术"))
                .body("nextCursor", notNullValue()).extract().path("nextCursor");
        given().auth().oauth2(ADMIN).queryParam("limit", 2).queryParam("after", next).when().get(notes).then()
                .body("items.body", contains("第3次辅导：直播话术")).body("nextCursor", nullValue());
        given().auth().oauth2(TRAINER_B).when().get(notes).then().statusCode(404);
        given().auth().oauth2(TRAINER_B).contentType(ContentType.JSON).body(Map.of("kind", "SUPPORT", "body", "x"))
                .when().post(notes).then().statusCode(404);
        org.junit.jupiter.api.Assertions.assertEquals(3, TestDatabase.count("SELECT count(*) FROM case_note"));
    }
}
