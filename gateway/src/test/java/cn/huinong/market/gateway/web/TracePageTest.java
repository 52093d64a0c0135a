package cn.huinong.market.gateway.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.huinong.market.gateway.StubBackends;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The public trace page a pack's QR code opens, with a stand-in catalog (StubTraces) and no sign-in. */
@QuarkusTest
@WithTestResource(StubBackends.class)
@WithTestResource(OidcWiremockTestResource.class)
class TracePageTest {

    private static final String LINK = "/01/06901234567892/10/L2026-11-03";

    @Test
    void digitalLinkOpensTheLotsSummaryInChineseWithoutSignInOrScript() {
        String html = given().redirects().follow(false).when().get(LINK)
                .then().statusCode(200).contentType(ContentType.HTML)
                .body(containsString("<html lang=\"zh-CN\">"))
                .body(containsString("产品溯源"))
                .body(containsString("<h1 id=\"trace-product\">盐池滩羊肉</h1>"))
                .body(containsString("花马池镇北塘新村"))
                .body(containsString("屠宰日期</dt><dd id=\"trace-origin-date\">2026-11-03"))
                .body(containsString("HL-NX-2026-0042"))
                .body(containsString("QC-640323-8812"))
                .body(containsString("温度记录 48 条，最低 1.5℃，最高 3.9℃"))
                .body(containsString("2026-11-04 07:00"))
                .body(not(containsString("id=\"trace-recall\"")))
                .body(not(containsString("id=\"trace-cold-warning\"")))
                .body(not(containsString("<script")))
                .body(not(containsString("<img")))
                .extract().asString();
        assertTrue(html.getBytes(java.nio.charset.StandardCharsets.UTF_8).length < 100_000,
                "trace page is " + html.length() + " characters");
    }

    @Test
    void catalogIsAskedWithTheLabelsOwnPercentEncodedPath() {
        // The stand-in answers the code it got back as traceCode: the raw path, lot still percent-encoded.
        given().urlEncodingEnabled(false).when().get("/01/06901234567892/10/L%2011")
                .then().statusCode(200).body(containsString("/01/06901234567892/10/L%2011"));
    }

    @Test
    void englishSwitchShowsTheEnglishName() {
        given().cookie("lang", "en").when().get(LINK)
                .then().statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("Yanchi Tan lamb"))
                .body(containsString("Slaughtered</dt>"))
                .body(containsString("48 temperature readings"));
    }

    @Test
    void recalledLotShowsTheRecallBannerAndTheColdChainWarning() {
        given().when().get("/01/06901234567892/10/RECALLED-7")
                .then().statusCode(200)
                .body(allOf(containsString("id=\"trace-recall\""), containsString("该批次已被召回")))
                .body(containsString("2026-11-06 12:00"))
                .body(allOf(containsString("id=\"trace-cold-warning\""), containsString("冷链警示")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/t/7K3M9Q2X5C", "/trace?code=7K3M9Q2X5C",
            "/trace?code=https%3A%2F%2Ftrace.huinong.market%2Ft%2F7K3M9Q2X5C"})
    void shortCodesAndTypedCodesOpenTheSameSummary(String path) {
        given().urlEncodingEnabled(false).when().get(path)
                .then().statusCode(200).body(containsString("盐池滩羊肉"));
    }

    @Test
    void unknownCodeIsAClear404PageWithTheFormToTryAgain() {
        given().when().get("/01/06901234567892/10/UNKNOWN-1")
                .then().statusCode(404).contentType(ContentType.HTML)
                .body(containsString("没有找到这个溯源码对应的批次"))
                .body(containsString("<form method=\"get\" action=\"/trace\">"))
                .body(containsString("value=\"/01/06901234567892/10/UNKNOWN-1\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/t/SHORT", "/01/123/10/X", "/trace?code=not%20a%20code"})
    void malformedCodeIsAClear400Page(String path) {
        given().urlEncodingEnabled(false).when().get(path)
                .then().statusCode(400).contentType(ContentType.HTML)
                .body(containsString("这不是有效的溯源码"))
                .body(containsString("id=\"problem-detail\""))
                .body(not(containsString("Exception")));
    }

    @Test
    void emptyFormAsksForACode() {
        given().when().get("/trace")
                .then().statusCode(200)
                .body(containsString("<label for=\"code\">溯源码</label>"))
                .body(not(containsString("id=\"problem\"")));
    }
}
