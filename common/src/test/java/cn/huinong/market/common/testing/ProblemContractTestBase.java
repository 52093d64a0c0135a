package cn.huinong.market.common.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The error contract every service keeps (DESIGN.md, API conventions): each failure is an RFC 9457 problem,
 * client mistakes are 4xx, nothing leaks a stack trace. A service's test extends this, naming one of its own
 * role-protected collections ({@link ContractEndpoint}).
 */
public abstract class ProblemContractTestBase {

    protected static final String PROBLEM_JSON = "application/problem+json";
    private static final String TYPE_BASE = "https://huinong.market/problems/";

    private final ContractEndpoint endpoint;

    /** @param endpoint a collection that accepts POST from its writer only, e.g. /api/catalog/categories */
    protected ProblemContractTestBase(ContractEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    private String collectionPath() {
        return endpoint.path();
    }

    private String writer() {
        return endpoint.writer().token();
    }

    private String outsider() {
        return endpoint.outsider().token();
    }

    private Map<String, Object> validBody() {
        return endpoint.newBody().apply(UUID.randomUUID(), 1);
    }

    private String requiredField() {
        return endpoint.requiredField();
    }

    private ValidatableResponse post(String token, String contentType, Object body) {
        var request = given().contentType(contentType).body(body);
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.when().post(collectionPath()).then()
                .header("X-Request-Id", notNullValue())
                .body(not(containsString("Exception")))
                .body(not(containsString("\tat ")));
    }

    private static void isProblem(ValidatableResponse response, int status, String slug) {
        response.statusCode(status)
                .contentType(startsWith(PROBLEM_JSON))
                .body("type", equalTo(TYPE_BASE + slug))
                .body("status", equalTo(status))
                .body("title", notNullValue());
    }

    @Test
    void malformedJsonIsA400Problem() {
        var response = post(writer(), "application/json", "{\"" + requiredField() + "\": ");
        isProblem(response, 400, "malformed-json");
    }

    @Test
    void unknownFieldIsNamed() {
        Map<String, Object> body = new java.util.HashMap<>(validBody());
        body.put("sneakyExtra", 1);
        var response = post(writer(), "application/json", body);
        isProblem(response, 400, "unknown-field");
        response.body("errors.field", hasItem("sneakyExtra"));
    }

    @Test
    void validationListsFieldErrors() {
        Map<String, Object> body = new java.util.HashMap<>(validBody());
        body.remove(requiredField());
        var response = post(writer(), "application/json", body);
        isProblem(response, 400, "validation");
        response.body("errors.field", hasItem(requiredField()));
    }

    @Test
    void wrongContentTypeIs415() {
        isProblem(post(writer(), "text/plain", "hello"), 415, "unsupported-media-type");
    }

    @Test
    void oversizedBodyIs413() {
        String huge = "{\"" + requiredField() + "\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}";
        isProblem(post(writer(), "application/json", huge), 413, "payload-too-large");
    }

    @Test
    void unknownRouteIs404Problem() {
        var response = given().auth().oauth2(writer()).when().get(collectionPath() + "-nope/x").then();
        isProblem(response, 404, "route-not-found");
    }

    @Test
    void unknownIdIs404Problem() {
        var response = given().auth().oauth2(writer()).when().get(collectionPath() + "/" + UUID.randomUUID()).then();
        isProblem(response, 404, "not-found");
    }

    @Test
    void missingTokenIs401WithChallenge() {
        var response = post(null, "application/json", validBody());
        isProblem(response, 401, "unauthorized");
        response.header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void garbageTokenIs401() {
        isProblem(post("not-a-jwt", "application/json", validBody()), 401, "unauthorized");
    }

    @Test
    void expiredTokenIs401() {
        isProblem(post(TestTokens.expired("someone", "admin"), "application/json", validBody()), 401,
                "unauthorized");
    }

    @Test
    void forgedTokenIs401() {
        isProblem(post(TestTokens.forged("someone", "admin"), "application/json", validBody()), 401,
                "unauthorized");
    }

    @Test
    void wrongRoleIs403() {
        isProblem(post(outsider(), "application/json", validBody()), 403, "forbidden");
    }

    @Test
    void requestIdIsKeptAndEchoedInProblem() {
        given().header("X-Request-Id", "test-request-0001").contentType(ContentType.JSON).body("{")
                .auth().oauth2(writer())
                .when().post(collectionPath())
                .then().statusCode(400)
                .header("X-Request-Id", "test-request-0001")
                .body("requestId", equalTo("test-request-0001"));
    }

    @Test
    void languageFollowsAcceptLanguage() {
        given().header("Accept-Language", "en").auth().oauth2(outsider()).contentType(ContentType.JSON)
                .body(validBody()).when().post(collectionPath())
                .then().statusCode(403).body("title", equalTo("Not allowed"));
        given().header("Accept-Language", "zh-CN").auth().oauth2(outsider()).contentType(ContentType.JSON)
                .body(validBody()).when().post(collectionPath())
                .then().statusCode(403).body("title", equalTo("无权操作"));
    }
}
