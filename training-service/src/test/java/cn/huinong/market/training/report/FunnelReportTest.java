package cn.huinong.market.training.report;

import static cn.huinong.market.training.Fixtures.ADMIN;
import static cn.huinong.market.training.Fixtures.TRAINER_A;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.huinong.market.common.testing.TestDatabase;
import cn.huinong.market.training.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FunnelReportTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private String cohort;
    private String url;

    @BeforeEach
    void setUp() {
        TestDatabase.truncateAllExcept();
        cohort = Fixtures.cohort("A 班", "trainer-a");
        url = "/api/training/cohorts/" + cohort + "/funnel";
        // 8 with consent: 8 applied, 7 enrolled, 6 completed, 5 certified, 2 employed.
        for (int i = 0; i < 8; i++) {
            String t = person("学员" + i, true);
            String e = Fixtures.enrolmentOf(cohort, t);
            if (i < 7) {
                Fixtures.advance(e, "ENROLLED");
            }
            if (i < 6) {
                Fixtures.advance(e, "ACTIVE", "COMPLETED");
            }
            if (i < 5) {
                certify(t);
            }
            if (i < 2) {
                employ(t);
            }
        }
        // Not counted: never consented, and consent withdrawn — both completed, certified and employed.
        for (boolean withdraw : new boolean[]{false, true}) {
            String t = person(withdraw ? "撤回者" : "未授权者", withdraw);
            Fixtures.advance(Fixtures.enrolmentOf(cohort, t), "ENROLLED", "ACTIVE", "COMPLETED");
            certify(t);
            employ(t);
            if (withdraw) {
                given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body("{}")
                        .when().post("/api/training/trainees/" + t + "/consents/withdrawal").then().statusCode(200);
            }
        }
    }

    private String person(String name, boolean consent) {
        String t = Fixtures.trainee(name, cohort, ADMIN);
        if (consent) {
            Fixtures.consent(t, ADMIN);
        }
        return t;
    }

    private static void certify(String trainee) {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("workType", "PRODUCT_SELECTOR", "level", "LEVEL_5", "issuedOn", TODAY.toString()))
                .when().post("/api/training/trainees/" + trainee + "/certificates").then().statusCode(201);
    }

    private static void employ(String trainee) {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Fixtures.placement("临夏清真牛肉厂", "客服", TODAY.minusDays(3).toString(), null))
                .when().post("/api/training/trainees/" + trainee + "/placements").then().statusCode(201);
    }

    @Test
    void theFunnelCountsConsentingTraineesWithDenominatorsAndSuppressesSmallCells() {
        given().auth().oauth2(TRAINER_A).queryParam("asOf", TODAY.toString()).when().get(url).then().statusCode(200)
                .body("suppressBelow", equalTo(5))
                .body("steps.step", contains("applied", "enrolled", "completed", "certified", "employed"))
                .body("steps.count", contains(8, 7, 6, 5, null))
                .body("steps.denominator", contains(null, "applied", "enrolled", "completed", "completed"))
                .body("steps.denominatorCount", contains(null, 8, 7, 6, 6))
                .body("steps.rate", contains(null, 87.5f, 85.7f, 83.3f, null))
                .body("steps.suppressed", contains(false, false, false, false, true));
    }

    @Test
    void aPastAsOfDateIgnoresLaterEvents() {
        given().auth().oauth2(ADMIN).queryParam("asOf", TODAY.minusDays(10).toString()).when().get(url).then()
                .statusCode(200).body("steps.count", contains(null, null, null, null, null))
                .body("steps.suppressed", hasItem(true));
        String first = given().auth().oauth2(ADMIN).queryParam("asOf", TODAY.toString()).when().get(url).asString();
        String second = given().auth().oauth2(ADMIN).queryParam("asOf", TODAY.toString()).when().get(url).asString();
        assertEquals(first, second);
    }

    @Test
    void theFunnelExportsAsCsvAndNeedsAnAsOfDate() {
        String day = TODAY.toString();
        String row = cohort + "," + day + ",";
        String csv = given().auth().oauth2(ADMIN).accept("text/csv").queryParam("asOf", day).when().get(url).then()
                .statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("attachment")).extract().asString();
        assertEquals("cohort_id,as_of,step,definition,window,count,denominator,denominator_count,rate_percent,"
                + "suppressed\r\n"
                + row + "applied,entered the cohort (APPLIED),by the end of " + day + ",8,,,,false\r\n"
                + row + "enrolled,reached ENROLLED,by the end of " + day + ",7,applied,8,87.5,false\r\n"
                + row + "completed,reached COMPLETED,by the end of " + day + ",6,enrolled,7,85.7,false\r\n"
                + row + "certified,completed and holds a certificate issued on or before asOf,certificate issued on "
                + "or before " + day + ",5,completed,6,83.3,false\r\n"
                + row + "employed,\"completed and in a placement on asOf (started on or before, not ended before)\","
                + "on " + day + ",<5,completed,6,,true\r\n", csv);
        given().auth().oauth2(ADMIN).when().get(url).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("asOf"));
        given().auth().oauth2(ADMIN).queryParam("asOf", "2026-13-01").when().get(url).then().statusCode(400);
        given().auth().oauth2(ADMIN).queryParam("asOf", TODAY.toString()).when().get(url).then()
                .body("steps[0].denominatorCount", nullValue());
    }
}
