package cn.huinong.market.training.attendance;

import static cn.huinong.market.training.Fixtures.ADMIN;
import static cn.huinong.market.training.Fixtures.TRAINER_A;
import static cn.huinong.market.training.Fixtures.TRAINER_B;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import cn.huinong.market.common.testing.TestDatabase;
import cn.huinong.market.training.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SessionAttendanceTest {

    private String programme;
    private String module;
    private String cohort;

    @BeforeEach
    void setUp() {
        TestDatabase.truncateAllExcept();
        programme = Fixtures.programme();
        module = Fixtures.module(programme, "SHOP-101", null);
        cohort = Fixtures.cohortOf(programme, "A 班", "trainer-a");
    }

    @Test
    void programmesCarryTracksAndModules() {
        Fixtures.module(programme, "LIVE-201", "LIVE_STREAM_SELLING");
        given().auth().oauth2(TRAINER_A).when().get("/api/training/programmes/" + programme).then().statusCode(200)
                .body("tracks", contains("SHOP_OPERATION", "LIVE_STREAM_SELLING"))
                .body("modules.code", contains("LIVE-201", "SHOP-101"))
                .body("modules[1].requiredHours", equalTo(16.0f))
                .body("modules[1].passScore", equalTo(60.0f));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("code", "LOG-1", "name", "物流", "requiredHours", 8, "track", "LOGISTICS"))
                .when().post("/api/training/programmes/" + programme + "/modules").then().statusCode(400)
                .body("errors.field", hasItem("track"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("code", "SHOP-101", "name", "重复", "requiredHours", 8))
                .when().post("/api/training/programmes/" + programme + "/modules").then().statusCode(409);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("code", "X", "name", "零学时", "requiredHours", 0))
                .when().post("/api/training/programmes/" + programme + "/modules").then().statusCode(400)
                .body("errors.field", hasItem("requiredHours"));
        given().auth().oauth2(TRAINER_A).contentType(ContentType.JSON)
                .body(Map.of("name", "私设项目", "tracks", List.of("LOGISTICS")))
                .when().post("/api/training/programmes").then().statusCode(403);
        // A cohort's programme must offer the cohort's track.
        Map<String, Object> body = Fixtures.cohortBody("物流班", "2026-03-02", "2026-05-29");
        body.put("track", "LOGISTICS");
        body.put("programmeId", programme);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(body).when().post("/api/training/cohorts")
                .then().statusCode(400).body("errors.field", hasItem("programmeId"));
    }

    @Test
    void sessionsAreCheckedAgainstTheCohort() {
        String other = Fixtures.module(Fixtures.programme(), "OTHER", null);
        String liveOnly = Fixtures.module(programme, "LIVE-201", "LIVE_STREAM_SELLING");
        for (String wrong : new String[]{other, liveOnly}) {
            schedule(TRAINER_A, "2026-03-03", wrong, 3).statusCode(400).body("errors.field", hasItem("moduleId"));
        }
        schedule(TRAINER_A, "2026-06-03", module, 3).statusCode(400).body("errors.field", hasItem("date"));
        schedule(TRAINER_A, "2026-03-03", module, 13).statusCode(400).body("errors.field", hasItem("hours"));
        schedule(TRAINER_B, "2026-03-03", module, 3).statusCode(404);
        schedule(TRAINER_A, "2026-03-03", module, 3).statusCode(201);
        given().auth().oauth2(TRAINER_A).when().get("/api/training/cohorts/" + cohort + "/sessions").then()
                .statusCode(200).body("date", contains("2026-03-03"));
    }

    @Test
    void attendanceIsOnlyForTheCohortsTrainees() {
        String session = Fixtures.session(cohort, module, "2026-03-03");
        String outsider = Fixtures.trainee("外班学员", Fixtures.cohort("B 班", "trainer-b"), ADMIN);
        given().auth().oauth2(TRAINER_A).contentType(ContentType.JSON)
                .body(Map.of("records", List.of(Map.of("traineeId", outsider, "status", "PRESENT"))))
                .when().put("/api/training/cohorts/" + cohort + "/sessions/" + session + "/attendance").then()
                .statusCode(400).body("errors.field", hasItem("records[0].traineeId"));
        given().auth().oauth2(TRAINER_A).contentType(ContentType.JSON)
                .body(Map.of("records", List.of(Map.of("traineeId", outsider, "status", "LATE"))))
                .when().put("/api/training/cohorts/" + cohort + "/sessions/" + session + "/attendance").then()
                .statusCode(400);
        String mine = Fixtures.trainee("马小花", cohort, ADMIN);
        Fixtures.mark(cohort, session, mine, "ABSENT");
        Fixtures.mark(cohort, session, mine, "PRESENT");
        given().auth().oauth2(TRAINER_A).when()
                .get("/api/training/cohorts/" + cohort + "/sessions/" + session + "/attendance").then()
                .statusCode(200).body("status", contains("PRESENT"));
        given().auth().oauth2(TRAINER_B).when()
                .get("/api/training/cohorts/" + cohort + "/sessions/" + session + "/attendance").then()
                .statusCode(404);
    }

    @Test
    void consecutiveAbsencesFlagATraineeAtRisk() {
        String steady = Fixtures.trainee("马小花", cohort, ADMIN);
        String drifting = Fixtures.trainee("马小军", cohort, ADMIN);
        String recovered = Fixtures.trainee("马小兰", cohort, ADMIN);
        for (String t : new String[]{steady, drifting, recovered}) {
            Fixtures.advance(Fixtures.enrolmentOf(cohort, t), "ENROLLED", "ACTIVE");
        }
        String[] days = {"2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06", "2026-03-09"};
        String[][] marks = {
                {"PRESENT", "PRESENT", "ABSENT", "PRESENT", "PRESENT"},
                {"PRESENT", "ABSENT", "ABSENT", "EXCUSED", "ABSENT"},
                {"ABSENT", "ABSENT", "ABSENT", "ABSENT", "PRESENT"}};
        String[] trainees = {steady, drifting, recovered};
        for (int d = 0; d < days.length; d++) {
            String session = Fixtures.session(cohort, module, days[d]);
            for (int t = 0; t < trainees.length; t++) {
                Fixtures.mark(cohort, session, trainees[t], marks[t][d]);
            }
        }
        given().auth().oauth2(TRAINER_A).when().get("/api/training/cohorts/" + cohort + "/roster").then()
                .statusCode(200)
                .body("atRiskAbsences", equalTo(3))
                .body("sessions", equalTo(5))
                .body("entries", hasSize(3))
                .body("entries.name", contains("马小花", "马小军", "马小兰"))
                .body("entries.consecutiveAbsences", contains(0, 3, 0))
                .body("entries.atRisk", contains(false, true, false))
                .body("entries.present", contains(4, 1, 1))
                .body("entries.excused", contains(0, 1, 0))
                .body("entries[0].hoursAttended", equalTo(14.0f));
        given().auth().oauth2(TRAINER_B).when().get("/api/training/cohorts/" + cohort + "/roster").then()
                .statusCode(404);
    }

    private ValidatableResponse schedule(String token, String date, String moduleId, int hours) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("date", date, "moduleId", moduleId, "hours", hours)).when()
                .post("/api/training/cohorts/" + cohort + "/sessions").then();
    }
}
