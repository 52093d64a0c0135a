package cn.huinong.market.training;

import static io.restassured.RestAssured.given;

import cn.huinong.market.common.testing.TestTokens;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the usual state of the training tests through the API, the way clients would. */
public final class Fixtures {

    public static final String ADMIN = TestTokens.token("admin-1", "admin");
    public static final String TRAINER_A = TestTokens.token("trainer-a", "trainer");
    public static final String TRAINER_B = TestTokens.token("trainer-b", "trainer");
    public static final String NATIONAL_ID = "622921199802141235";

    private Fixtures() {
    }

    public static String cohort(String name, String... trainers) {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(cohortBody(name, "2026-03-02", "2026-05-29", trainers))
                .when().post("/api/training/cohorts").then().statusCode(201).extract().path("id");
    }

    /** An e-commerce programme in the SHOP_OPERATION track; returns its id. */
    public static String programme() {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "电商技能培训", "tracks", java.util.List.of("SHOP_OPERATION", "LIVE_STREAM_SELLING")))
                .when().post("/api/training/programmes").then().statusCode(201).extract().path("id");
    }

    public static String module(String programmeId, String code, String track) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "模块 " + code);
        body.put("requiredHours", 16);
        if (track != null) {
            body.put("track", track);
        }
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(body)
                .when().post("/api/training/programmes/" + programmeId + "/modules").then().statusCode(201)
                .extract().path("id");
    }

    /** A SHOP_OPERATION cohort of the programme, 2026-03-02 .. 2026-05-29. */
    public static String cohortOf(String programmeId, String name, String... trainers) {
        Map<String, Object> body = cohortBody(name, "2026-03-02", "2026-05-29", trainers);
        body.put("programmeId", programmeId);
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(body)
                .when().post("/api/training/cohorts").then().statusCode(201).extract().path("id");
    }

    public static String session(String cohortId, String moduleId, String date) {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("date", date, "moduleId", moduleId, "hours", 3.5))
                .when().post("/api/training/cohorts/" + cohortId + "/sessions").then().statusCode(201)
                .extract().path("id");
    }

    public static void mark(String cohortId, String sessionId, String traineeId, String status) {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("records", java.util.List.of(Map.of("traineeId", traineeId, "status", status))))
                .when().put("/api/training/cohorts/" + cohortId + "/sessions/" + sessionId + "/attendance")
                .then().statusCode(200);
    }

    public static Map<String, Object> trainee(String name, String cohortId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("countyCode", "622921");
        body.put("countyName", "临夏县");
        body.put("townshipCode", "622921101");
        body.put("townshipName", "韩集镇");
        body.put("phone", "13800000000");
        body.put("baselineMonthlyIncomeFen", 180000);
        body.put("supportStatus", "UNSTABLE_LIFTED");
        body.put("nationalId", NATIONAL_ID);
        if (cohortId != null) {
            body.put("cohortId", cohortId);
        }
        return body;
    }

    /** A trainee entered (APPLIED) in the cohort by an admin. */
    public static String trainee(String name, String cohortId, String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(trainee(name, cohortId))
                .when().post("/api/training/trainees").then().statusCode(201).extract().path("id");
    }

    public static void consent(String traineeId, String token) {
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("scope", "培训记录、身份信息用于帮扶与成效统计", "givenAt", "2026-03-01T09:00:00+08:00",
                        "purposes", java.util.List.of("PROGRAMME", "SHOP_SALES")))
                .when().post("/api/training/trainees/" + traineeId + "/consents").then().statusCode(201);
    }

    public static String enrolmentOf(String cohortId, String traineeId) {
        return given().auth().oauth2(ADMIN).when().get("/api/training/trainees/" + traineeId + "/enrolments")
                .then().statusCode(200).extract().path("find { it.cohortId == '" + cohortId + "' }.id");
    }

    public static void move(String enrolmentId, String to, String exitDate) {
        Map<String, Object> body = new HashMap<>();
        body.put("to", to);
        body.put("reason", "test");
        if (exitDate != null) {
            body.put("exitDate", exitDate);
        }
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(body)
                .when().post("/api/training/enrolments/" + enrolmentId + "/transitions").then().statusCode(200);
    }

    /** Moves an enrolment through the stages up to the one named (APPLIED is where it starts). */
    public static void advance(String enrolmentId, String... stages) {
        for (String stage : stages) {
            move(enrolmentId, stage, "EXITED".equals(stage) ? "2026-06-01" : null);
        }
    }

    /** A placement body: a training-related, employer-confirmed job at 4,500 yuan a month. */
    public static Map<String, Object> placement(String employer, String role, String start, String end) {
        Map<String, Object> body = new HashMap<>();
        body.put("employerName", employer);
        body.put("role", role);
        body.put("startDate", start);
        if (end != null) {
            body.put("endDate", end);
        }
        body.put("monthlyWageFen", 450000);
        body.put("trainingRelated", true);
        body.put("verification", "EMPLOYER_CONFIRMED");
        return body;
    }

    /** A SHOP_OPERATION cohort body in 临夏县. */
    public static Map<String, Object> cohortBody(String name, String start, String end, String... trainers) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("countyCode", "622921");
        body.put("countyName", "临夏县");
        body.put("track", "SHOP_OPERATION");
        body.put("startDate", start);
        body.put("endDate", end);
        body.put("trainerSubs", List.of(trainers));
        return body;
    }
}
