package cn.huinong.market.training.trainee;

import static cn.huinong.market.training.Fixtures.ADMIN;
import static cn.huinong.market.training.Fixtures.NATIONAL_ID;
import static cn.huinong.market.training.Fixtures.TRAINER_A;
import static cn.huinong.market.training.Fixtures.TRAINER_B;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.huinong.market.common.testing.TestDatabase;
import cn.huinong.market.common.testing.TestTokens;
import cn.huinong.market.training.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TraineeResourceTest {

    private static final String PATH = "/api/training/trainees";
    private String cohortA;

    @BeforeEach
    void setUp() {
        TestDatabase.truncateAllExcept();
        cohortA = Fixtures.cohort("A 班", "trainer-a");
    }

    @Test
    void sensitiveFieldsAreEncryptedAtRestWithRandomIvs() throws Exception {
        String first = Fixtures.trainee("马小花", cohortA, ADMIN);
        String second = Fixtures.trainee("马小军", cohortA, ADMIN);
        var config = ConfigProvider.getConfig();
        try (Connection c = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                "postgres", "");
                ResultSet rs = c.createStatement().executeQuery(
                        "SELECT id, support_status_enc, national_id_enc, national_id_masked, crypto_key_id FROM trainee")) {
            java.util.List<String> statusCiphertexts = new java.util.ArrayList<>();
            while (rs.next()) {
                byte[] status = rs.getBytes("support_status_enc");
                byte[] id = rs.getBytes("national_id_enc");
                String statusText = new String(status, StandardCharsets.ISO_8859_1);
                String idText = new String(id, StandardCharsets.ISO_8859_1);
                assertFalse(statusText.contains("UNSTABLE"), "status stored in clear");
                assertFalse(new String(status, StandardCharsets.UTF_8).contains("脱贫"), "status label stored in clear");
                assertFalse(idText.contains("19980214"), "national id stored in clear");
                assertFalse(idText.contains(NATIONAL_ID));
                assertEquals("622***********1235", rs.getString("national_id_masked"));
                assertEquals("k1", rs.getString("crypto_key_id"));
                statusCiphertexts.add(java.util.HexFormat.of().formatHex(status));
            }
            assertEquals(2, statusCiphertexts.size());
            // Same plaintext, different ciphertexts: a fresh IV per value.
            assertFalse(statusCiphertexts.get(0).equals(statusCiphertexts.get(1)));
        }
        // Nothing anywhere in the row's text form shows the plaintext either.
        assertEquals(0, TestDatabase.count("SELECT count(*) FROM trainee t WHERE t::text LIKE '%UNSTABLE%'"
                + " OR t::text LIKE '%19980214%'"));
        assertTrue(first != null && second != null);
    }

    @Test
    void sensitiveFieldsAreMaskedByDefault() {
        String id = Fixtures.trainee("马小花", cohortA, ADMIN);
        given().auth().oauth2(TRAINER_A).when().get(PATH + "/" + id).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("supportStatus", equalTo("***"))
                .body("supportStatusLabel", nullValue())
                .body("nationalId", equalTo("622***********1235"))
                .body("revealed", equalTo(false))
                .body("baselineMonthlyIncomeFen", equalTo(180000))
                .body("currency", equalTo("CNY"))
                .body("townshipName", equalTo("韩集镇"));
        assertEquals(0, TestDatabase.count("SELECT count(*) FROM sensitive_access_log"));
    }

    @Test
    void revealNeedsAPurposeAndConsentAndIsAudited() {
        String id = Fixtures.trainee("马小花", cohortA, ADMIN);
        given().auth().oauth2(TRAINER_A).queryParam("reveal", true).when().get(PATH + "/" + id).then()
                .statusCode(400).body("errors.field", hasItem("purpose"));
        given().auth().oauth2(TRAINER_A).queryParam("reveal", true).queryParam("purpose", "核实帮扶资格")
                .when().get(PATH + "/" + id).then().statusCode(409)
                .contentType("application/problem+json");
        assertEquals(0, TestDatabase.count("SELECT count(*) FROM sensitive_access_log"));

        Fixtures.consent(id, TRAINER_A);
        given().auth().oauth2(TRAINER_A).queryParam("reveal", true).queryParam("purpose", "核实帮扶资格")
                .when().get(PATH + "/" + id).then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("supportStatus", equalTo("UNSTABLE_LIFTED"))
                .body("supportStatusLabel", equalTo("脱贫不稳定户"))
                .body("nationalId", equalTo(NATIONAL_ID))
                .body("revealed", equalTo(true))
                .body("consent.inForce", equalTo(true));
        assertEquals(2, TestDatabase.count("SELECT count(*) FROM sensitive_access_log WHERE trainee_id = ?"
                + " AND actor_sub = 'trainer-a' AND purpose = '核实帮扶资格'", java.util.UUID.fromString(id)));
        given().auth().oauth2(ADMIN).when().get(PATH + "/" + id + "/access-log").then().statusCode(200)
                .body("field", contains("SUPPORT_STATUS", "NATIONAL_ID"))
                .body("actor", contains("trainer-a", "trainer-a"));
        // The log is for admins; another trainer cannot reveal at all.
        given().auth().oauth2(TRAINER_A).when().get(PATH + "/" + id + "/access-log").then().statusCode(403);
        given().auth().oauth2(TRAINER_B).queryParam("reveal", true).queryParam("purpose", "好奇")
                .when().get(PATH + "/" + id).then().statusCode(404);
        assertEquals(2, TestDatabase.count("SELECT count(*) FROM sensitive_access_log"));
    }

    @Test
    void withdrawnConsentStopsReveals() {
        String id = Fixtures.trainee("马小花", cohortA, ADMIN);
        Fixtures.consent(id, ADMIN);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("scope", "again", "givenAt", "2026-03-01T09:00:00+08:00"))
                .when().post(PATH + "/" + id + "/consents").then().statusCode(409);
        given().auth().oauth2(TRAINER_A).contentType(ContentType.JSON).body(Map.of("reason", "本人要求撤回"))
                .when().post(PATH + "/" + id + "/consents/withdrawal").then().statusCode(200)
                .body("inForce", equalTo(false)).body("withdrawnBy", equalTo("trainer-a"));
        given().auth().oauth2(ADMIN).queryParam("reveal", true).queryParam("purpose", "统计")
                .when().get(PATH + "/" + id).then().statusCode(409);
        given().auth().oauth2(ADMIN).when().get(PATH + "/" + id).then().statusCode(200)
                .body("consent", nullValue()).body("supportStatus", equalTo("***"));
        given().auth().oauth2(ADMIN).when().get(PATH + "/" + id + "/consents").then().statusCode(200)
                .body("withdrawalReason", contains("本人要求撤回"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body("{}")
                .when().post(PATH + "/" + id + "/consents/withdrawal").then().statusCode(409);
    }

    @Test
    void intakeIsValidated() {
        Map<String, Object> bad = Fixtures.trainee("马小花", cohortA);
        bad.put("nationalId", "622921199802141234");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(bad).when().post(PATH).then()
                .statusCode(400).body("errors.field", hasItem("nationalId"));
        bad = Fixtures.trainee("马小花", cohortA);
        bad.put("supportStatus", "RICH");
        bad.put("baselineMonthlyIncomeFen", -1);
        bad.remove("townshipCode");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(bad).when().post(PATH).then()
                .statusCode(400).body("errors.field", hasItem("supportStatus"));
        bad = Fixtures.trainee("马小花", cohortA);
        bad.put("baselineMonthlyIncomeFen", -1);
        bad.remove("townshipCode");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(bad).when().post(PATH).then()
                .statusCode(400).body("errors.field", hasItem("baselineMonthlyIncomeFen"))
                .body("errors.field", hasItem("townshipName"));
        // A trainer registers only into one of their own cohorts.
        given().auth().oauth2(TRAINER_A).contentType(ContentType.JSON).body(Fixtures.trainee("x", null))
                .when().post(PATH).then().statusCode(400).body("errors.field", hasItem("cohortId"));
        given().auth().oauth2(TRAINER_B).contentType(ContentType.JSON).body(Fixtures.trainee("x", cohortA))
                .when().post(PATH).then().statusCode(404);
        assertEquals(0, TestDatabase.count("SELECT count(*) FROM trainee"));
    }

    @Test
    void aTrainerRegistersIntoTheirCohortAndSeesOnlyTheirTrainees() {
        String cohortB = Fixtures.cohort("B 班", "trainer-b");
        String mine = Fixtures.trainee("马小花", cohortA, TRAINER_A);
        String theirs = Fixtures.trainee("马小军", cohortB, TRAINER_B);
        String unassigned = Fixtures.trainee("马小兰", null, ADMIN);
        given().auth().oauth2(TRAINER_A).when().get(PATH).then().statusCode(200).body("items.id", contains(mine));
        given().auth().oauth2(ADMIN).when().get(PATH).then().statusCode(200)
                .body("items.id", contains(mine, theirs, unassigned));
        given().auth().oauth2(TRAINER_A).when().get(PATH + "/" + theirs).then().statusCode(404);
        given().auth().oauth2(TRAINER_A).when().get(PATH + "/" + unassigned).then().statusCode(404);
        given().auth().oauth2(TRAINER_A).when().get(PATH + "/" + mine + "/enrolments").then().statusCode(200)
                .body("stage", contains("APPLIED"));
        given().auth().oauth2(TestTokens.token("buyer-1", "buyer")).when().get(PATH + "/" + mine).then()
                .statusCode(403);
    }

    @Test
    void updatesNeedTheCurrentVersionAndResealTheSensitiveFields() {
        String id = Fixtures.trainee("马小花", cohortA, ADMIN);
        Fixtures.consent(id, ADMIN);
        Map<String, Object> changed = Fixtures.trainee("马晓花", null);
        changed.put("supportStatus", "LIFTED_OUT");
        changed.put("nationalId", "11010519491231002x");
        given().auth().oauth2(TRAINER_A).contentType(ContentType.JSON).body(changed).when().put(PATH + "/" + id)
                .then().statusCode(428);
        given().auth().oauth2(TRAINER_A).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed)
                .when().put(PATH + "/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("name", equalTo("马晓花")).body("nationalId", equalTo("110***********002X"));
        given().auth().oauth2(TRAINER_A).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed)
                .when().put(PATH + "/" + id).then().statusCode(412).body("current.supportStatus", equalTo("***"));
        given().auth().oauth2(ADMIN).queryParam("reveal", true).queryParam("purpose", "核对")
                .when().get(PATH + "/" + id).then().statusCode(200)
                .body("supportStatus", equalTo("LIFTED_OUT")).body("nationalId", equalTo("11010519491231002X"));
        changed.put("cohortId", cohortA);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(changed)
                .when().put(PATH + "/" + id).then().statusCode(400).body("errors.field", hasItem("cohortId"));
        changed.remove("cohortId");
        given().auth().oauth2(TRAINER_B).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(changed)
                .when().put(PATH + "/" + id).then().statusCode(404);
    }
}
