package cn.huinong.market.training.certificate;

import static cn.huinong.market.training.Fixtures.ADMIN;
import static cn.huinong.market.training.Fixtures.TRAINER_A;
import static cn.huinong.market.training.Fixtures.TRAINER_B;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.huinong.market.common.testing.TestDatabase;
import cn.huinong.market.training.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AssessmentCertificateTest {

    private String module;
    private String trainee;

    @BeforeEach
    void setUp() {
        TestDatabase.truncateAllExcept();
        String programme = Fixtures.programme();
        module = Fixtures.module(programme, "SHOP-101", null);
        trainee = Fixtures.trainee("马小花", Fixtures.cohortOf(programme, "A 班", "trainer-a"), ADMIN);
    }

    private io.restassured.response.ValidatableResponse assess(String token, String moduleId, Object score,
            String on) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("moduleId", moduleId, "score", score, "assessedOn", on))
                .when().post("/api/training/trainees/" + trainee + "/assessments").then();
    }

    private io.restassured.response.ValidatableResponse issue(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/training/trainees/" + trainee + "/certificates").then();
    }

    private static Map<String, Object> certificate(String issued, String expires) {
        Map<String, Object> body = new HashMap<>();
        body.put("workType", "LIVE_STREAM_SELLER");
        body.put("level", "LEVEL_5");
        body.put("issuedOn", issued);
        if (expires != null) {
            body.put("expiresOn", expires);
        }
        return body;
    }

    @Test
    void resultsPassAgainstTheModulesPassScore() {
        assess(TRAINER_A, module, 59.5, "2026-04-01").statusCode(201).body("passed", equalTo(false));
        assess(TRAINER_A, module, 60, "2026-04-15").statusCode(201).body("passed", equalTo(true));
        assess(TRAINER_A, module, 70, "2026-04-15").statusCode(409);
        assess(TRAINER_A, module, 101, "2026-04-20").statusCode(400).body("errors.field", hasItem("score"));
        assess(TRAINER_A, module, 80, "2999-01-01").statusCode(400).body("errors.field", hasItem("assessedOn"));
        String foreign = Fixtures.module(Fixtures.programme(), "OTHER", null);
        assess(TRAINER_A, foreign, 80, "2026-04-20").statusCode(400).body("errors.field", hasItem("moduleId"));
        assess(TRAINER_B, module, 80, "2026-04-20").statusCode(404);
        given().auth().oauth2(TRAINER_A).when().get("/api/training/trainees/" + trainee + "/assessments").then()
                .statusCode(200).body("passed", contains(false, true)).body("assessor", hasItem("trainer-a"));
    }

    @Test
    void aCertificateIsVerifiablePubliclyWithNothingButNameCertificateAndValidity() {
        String code = issue(TRAINER_A, certificate("2026-06-01", "2029-06-01")).statusCode(201)
                .body("workTypeLabel", equalTo("直播销售员"))
                .body("levelLabel", equalTo("五级/初级工"))
                .body("verificationCode", matchesPattern("[A-HJ-NP-Z2-9]{12}"))
                .extract().path("verificationCode");
        Map<String, Object> check = given().when().get("/api/training/certificates/verify/" + code).then()
                .statusCode(200)
                .body("name", equalTo("马小花"))
                .body("workType", equalTo("LIVE_STREAM_SELLER"))
                .body("level", equalTo("LEVEL_5"))
                .body("issuedOn", equalTo("2026-06-01"))
                .body("expiresOn", equalTo("2029-06-01"))
                .extract().jsonPath().getMap("");
        assertEquals(Set.of("name", "workType", "workTypeLabel", "level", "levelLabel", "issuedOn", "expiresOn",
                "valid", "checkedOn"), check.keySet());
        // Lower-case input is accepted; unknown and malformed codes are the same 404 problem.
        given().when().get("/api/training/certificates/verify/" + code.toLowerCase()).then().statusCode(200);
        given().when().get("/api/training/certificates/verify/ABCDEFGHJKLM").then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/api/training/certificates/verify/' or 1=1").then().statusCode(404);
    }

    @Test
    void expiredCertificatesShowAsInvalid() {
        String code = issue(ADMIN, certificate("2020-01-01", "2021-01-01")).statusCode(201)
                .extract().path("verificationCode");
        given().when().get("/api/training/certificates/verify/" + code).then().statusCode(200)
                .body("valid", equalTo(false));
        String open = issue(ADMIN, certificate("2024-01-01", null)).statusCode(201)
                .body("verificationCode", not(equalTo(code))).extract().path("verificationCode");
        given().when().get("/api/training/certificates/verify/" + open).then().body("valid", equalTo(true));
    }

    @Test
    void certificatesAreValidated() {
        issue(ADMIN, certificate("2026-06-01", "2026-05-01")).statusCode(400).body("errors.field",
                hasItem("expiresOn"));
        Map<String, Object> bad = certificate("2026-06-01", null);
        bad.put("level", "LEVEL_9");
        issue(ADMIN, bad).statusCode(400).body("errors.field", hasItem("level"));
        issue(TRAINER_B, certificate("2026-06-01", null)).statusCode(404);
        given().auth().oauth2(TRAINER_B).when().get("/api/training/trainees/" + trainee + "/certificates").then()
                .statusCode(404);
        assertEquals(0, TestDatabase.count("SELECT count(*) FROM certificate"));
    }
}
