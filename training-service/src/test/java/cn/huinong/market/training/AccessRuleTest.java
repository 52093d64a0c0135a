package cn.huinong.market.training;

import static cn.huinong.market.training.Fixtures.ADMIN;
import static cn.huinong.market.training.Fixtures.TRAINER_A;
import static cn.huinong.market.training.Fixtures.TRAINER_B;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.huinong.market.common.testing.TestDatabase;
import cn.huinong.market.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ownership rule on every read endpoint: trainer B, assigned to another cohort, gets 404 (or 403 where the
 * endpoint is admin-only) for everything about a trainee of trainer A's cohort, while trainer A and the admin
 * read it. The test also lists the service's GET routes from its OpenAPI document, so a new read endpoint that
 * this test does not cover fails the build.
 */
@QuarkusTest
class AccessRuleTest {

    /** Routes readable without ownership: the public certificate check and the shared curriculum. */
    private static final Set<String> NOT_PERSONAL = Set.of(
            "/api/training/certificates/verify/{code}",
            "/api/training/programmes",
            "/api/training/programmes/{id}");
    /** List routes: filtered (checked below) rather than refused. */
    private static final Set<String> FILTERED_LISTS = Set.of(
            "/api/training/cohorts",
            "/api/training/trainees",
            "/api/training/follow-ups/overdue",
            // Reports: a trainer's cover only their cohorts (IncubationTest.reportsLeaveOutOtherTrainersCohorts…).
            "/api/training/reports/funnel",
            "/api/training/reports/indicators");

    private final Map<String, String> reads = new LinkedHashMap<>();
    private String trainee;
    private String theirTrainee;
    private String cohortA;

    @BeforeEach
    void setUp() {
        TestDatabase.truncateAllExcept();
        String programme = Fixtures.programme();
        String module = Fixtures.module(programme, "SHOP-101", null);
        String cohort = Fixtures.cohortOf(programme, "A 班", "trainer-a");
        cohortA = cohort;
        Fixtures.cohortOf(programme, "B 班", "trainer-b");
        trainee = Fixtures.trainee("马小花", cohort, ADMIN);
        theirTrainee = Fixtures.trainee("马小军", Fixtures.cohort("B2 班", "trainer-b"), ADMIN);
        Fixtures.consent(trainee, ADMIN);
        String enrolment = Fixtures.enrolmentOf(cohort, trainee);
        Fixtures.advance(enrolment, "ENROLLED", "ACTIVE");
        String session = Fixtures.session(cohort, module, "2026-03-03");
        Fixtures.mark(cohort, session, trainee, "PRESENT");
        Fixtures.advance(enrolment, "COMPLETED", "EXITED");
        String t = "/api/training/trainees/" + trainee;
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("moduleId", module, "score", 88, "assessedOn", "2026-05-20"))
                .when().post(t + "/assessments").then().statusCode(201);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("workType", "LIVE_STREAM_SELLER", "level", "LEVEL_5", "issuedOn", "2026-05-29"))
                .when().post(t + "/certificates").then().statusCode(201);
        String placement = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Fixtures.placement("临夏清真牛肉厂", "客服", "2026-06-10", null))
                .when().post(t + "/placements").then().statusCode(201).extract().path("id");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("kind", "SUPPORT", "body", "家访"))
                .when().post(t + "/notes").then().statusCode(201);

        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("shopId", java.util.UUID.randomUUID().toString(), "ownerSub", "seller-xiaohua"))
                .when().post(t + "/shop").then().statusCode(200);

        reads.put("/api/training/cohorts/{id}", "/api/training/cohorts/" + cohort);
        reads.put("/api/training/cohorts/{cohortId}/enrolments", "/api/training/cohorts/" + cohort + "/enrolments");
        reads.put("/api/training/cohorts/{cohortId}/sessions", "/api/training/cohorts/" + cohort + "/sessions");
        reads.put("/api/training/cohorts/{cohortId}/sessions/{sessionId}/attendance",
                "/api/training/cohorts/" + cohort + "/sessions/" + session + "/attendance");
        reads.put("/api/training/cohorts/{cohortId}/roster", "/api/training/cohorts/" + cohort + "/roster");
        reads.put("/api/training/cohorts/{cohortId}/funnel",
                "/api/training/cohorts/" + cohort + "/funnel?asOf=2026-06-30");
        reads.put("/api/training/enrolments/{id}", "/api/training/enrolments/" + enrolment);
        reads.put("/api/training/enrolments/{id}/transitions",
                "/api/training/enrolments/" + enrolment + "/transitions");
        reads.put("/api/training/trainees/{id}", t);
        reads.put("/api/training/trainees/{id}?reveal", t + "?reveal=true&purpose=check");
        reads.put("/api/training/trainees/{id}/consents", t + "/consents");
        reads.put("/api/training/trainees/{id}/enrolments", t + "/enrolments");
        reads.put("/api/training/trainees/{id}/access-log", t + "/access-log");
        reads.put("/api/training/trainees/{traineeId}/assessments", t + "/assessments");
        reads.put("/api/training/trainees/{traineeId}/certificates", t + "/certificates");
        reads.put("/api/training/trainees/{traineeId}/placements", t + "/placements");
        reads.put("/api/training/trainees/{traineeId}/placements/{id}", t + "/placements/" + placement);
        reads.put("/api/training/trainees/{traineeId}/follow-ups", t + "/follow-ups");
        reads.put("/api/training/trainees/{traineeId}/notes", t + "/notes");
        reads.put("/api/training/trainees/{id}/shop", t + "/shop");
        reads.put("/api/training/trainees/{id}/milestones", t + "/milestones?asOf=2026-06-30");
        reads.put("/api/training/trainees/{id}/income", t + "/income?from=2026-06&to=2026-07");
    }

    @Test
    void aTrainerOutsideTheCohortsGetsNothingFromAnyReadEndpoint() {
        long revealsBefore = TestDatabase.count("SELECT count(*) FROM sensitive_access_log");
        reads.forEach((route, url) -> {
            int expected = route.endsWith("access-log") ? 403 : 404;
            given().auth().oauth2(TRAINER_B).when().get(url).then()
                    .statusCode(expected).contentType("application/problem+json");
            given().auth().oauth2(TestTokens.token("trainer-new", "trainer")).when().get(url).then()
                    .statusCode(expected);
        });
        assertEquals(revealsBefore, TestDatabase.count("SELECT count(*) FROM sensitive_access_log"));
    }

    @Test
    void theAssignedTrainerAndTheAdminReadThemAll() {
        reads.forEach((route, url) -> {
            if (!route.endsWith("access-log")) {
                given().auth().oauth2(TRAINER_A).when().get(url).then().statusCode(200);
            }
            given().auth().oauth2(ADMIN).when().get(url).then().statusCode(200);
        });
    }

    @Test
    void otherRolesAreRefusedEverywhere() {
        for (String role : new String[]{"buyer", "seller", "logistics", "service"}) {
            String token = TestTokens.token("trainer-a", role);
            reads.values().forEach(url -> given().auth().oauth2(token).when().get(url).then().statusCode(403));
            reads.values().forEach(url -> given().when().get(url).then().statusCode(401));
        }
        given().auth().oauth2(TRAINER_B).accept("text/csv").when()
                .get(reads.get("/api/training/cohorts/{cohortId}/funnel")).then().statusCode(404);
    }

    /**
     * Roles on every operation, writes included: the service admits only trainers and admins unless an endpoint
     * says otherwise (quarkus.security.jaxrs.default-roles-allowed), so the public certificate check is the only
     * route open to other roles and to callers without a token.
     */
    @Test
    void everyOperationButThePublicCheckIsForStaffOnly() {
        Map<String, Map<String, Object>> paths = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        String buyer = TestTokens.token("buyer-1", "buyer");
        paths.forEach((path, operations) -> {
            if (!path.startsWith("/api/training") || path.startsWith("/api/training/certificates/verify")) {
                return;
            }
            String url = path.replaceAll("\\{[^}]+}", java.util.UUID.randomUUID().toString());
            operations.forEach((method, operation) -> {
                assertTrue(((Map<?, ?>) operation).containsKey("security"),
                        method + " " + path + " documents no roles");
                given().auth().oauth2(buyer).contentType(ContentType.JSON).body("{}").when().request(method, url)
                        .then().statusCode(403);
                given().contentType(ContentType.JSON).body("{}").when().request(method, url).then().statusCode(401);
            });
        });
        given().when().get("/api/training/certificates/verify/ABCDEFGHJKLM").then().statusCode(404);
        Object publicCheck = ((Map<?, ?>) paths.get("/api/training/certificates/verify/{code}").get("get"))
                .get("security");
        assertTrue(publicCheck == null || ((java.util.List<?>) publicCheck).isEmpty(),
                "the public check documents roles");
    }

    @Test
    void listsOnlyCarryTheTrainersOwnTrainees() {
        given().auth().oauth2(TRAINER_B).when().get("/api/training/trainees").then().statusCode(200)
                .body("items.id", contains(theirTrainee));
        given().auth().oauth2(TRAINER_B).when().get("/api/training/cohorts").then().statusCode(200)
                .body("items.name", not(hasItem("A 班")));
        given().auth().oauth2(TRAINER_B).queryParam("asOf", "2030-01-01").when()
                .get("/api/training/follow-ups/overdue").then().statusCode(200).body("", empty());
        // The fixture trainee's outcome is seen by the platform (employer-confirmed job, linked shop): no calls
        // needed. A classmate who left without either is someone trainer A must call, and only trainer A.
        String classmate = Fixtures.trainee("韩小梅", cohortA, ADMIN);
        Fixtures.advance(Fixtures.enrolmentOf(cohortA, classmate), "ENROLLED", "ACTIVE", "COMPLETED", "EXITED");
        given().auth().oauth2(TRAINER_A).queryParam("asOf", "2030-01-01").when()
                .get("/api/training/follow-ups/overdue").then().statusCode(200)
                .body("traineeId", hasItem(classmate)).body("traineeId", not(hasItem(trainee)));
        given().auth().oauth2(TRAINER_B).queryParam("asOf", "2030-01-01").when()
                .get("/api/training/follow-ups/overdue").then().statusCode(200).body("", empty());
    }

    @Test
    void everyReadRouteOfTheServiceIsCoveredHere() {
        Map<String, Map<String, Object>> paths = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        Set<String> uncovered = new TreeSet<>();
        paths.forEach((path, operations) -> {
            if (operations.containsKey("get") && path.startsWith("/api/training")
                    && !reads.containsKey(path) && !NOT_PERSONAL.contains(path) && !FILTERED_LISTS.contains(path)) {
                uncovered.add(path);
            }
        });
        assertTrue(uncovered.isEmpty(), "read routes without an access test: " + uncovered);
        // And the routes tested here are the service's real ones (the document is not empty or renamed).
        reads.keySet().stream().filter(route -> !route.contains("?"))
                .forEach(route -> assertTrue(paths.containsKey(route) && paths.get(route).containsKey("get"),
                        "no GET " + route));
    }
}
