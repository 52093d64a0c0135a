package cn.huinong.market.gateway.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
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

/** The web pages over HTTP, with stand-in services and the OIDC test server (no browser: that is bin/e2e). */
@QuarkusTest
@WithTestResource(StubBackends.class)
@WithTestResource(OidcWiremockTestResource.class)
class WebPagesTest {

    @Test
    void homePageIsChineseFirstSmallAndLabelsItsSearchBox() {
        String html = given().when().get("/")
                .then().statusCode(200).contentType(ContentType.HTML)
                .body(containsString("<html lang=\"zh-CN\">"))
                .body(containsString("惠农市集"))
                .body(containsString("<label for=\"q\">搜索商品</label>"))
                .body(containsString("href=\"/search?halal=true\""))
                .body(containsString("href=\"/search?support=true\""))
                .body(containsString("/static/site.css"))
                .body(not(containsString("<script")))
                .extract().asString();
        assertTrue(html.length() < 20_000, "home page is " + html.length() + " characters");
    }

    @Test
    void languageSwitchRemembersEnglishInAnHttpOnlyLaxCookie() {
        var switched = given().redirects().follow(false).when().get("/lang?to=en&back=/search?q=x")
                .then().statusCode(303)
                .header("Location", containsString("/search?q=x"))
                .extract();
        assertTrue(switched.headers().getValues("Set-Cookie").stream()
                .anyMatch(c -> c.startsWith("lang=en;") && c.contains("HttpOnly") && c.contains("SameSite=Lax")),
                switched.headers().getValues("Set-Cookie").toString());
        given().cookie("lang", "en").when().get("/")
                .then().statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("Huinong Market"))
                .body(containsString("<label for=\"q\">Search products</label>"))
                .body(containsString(">中文</a>"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example/x", "https://evil.example/", "/\\evil.example"})
    void languageSwitchNeverSendsTheReaderToAnotherSite(String back) {
        given().redirects().follow(false).queryParam("to", "en").queryParam("back", back)
                .when().get("/lang")
                .then().statusCode(303).header("Location", not(containsString("evil")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/cart", "/checkout", "/orders", "/orders/60000000-0000-4000-8000-000000000001",
            "/pay/60000000-0000-4000-8000-000000000001", "/login"})
    void pagesOfAUserStartTheCodeFlowWithPkce(String path) {
        given().redirects().follow(false).when().get(path)
                .then().statusCode(302)
                .header("Location", allOf(containsString("/realms/quarkus"),
                        containsString("response_type=code"), containsString("client_id=huinong-web"),
                        containsString("code_challenge_method=S256")));
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedAndChangesNothing() {
        var refused = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("skuId", "43000000-0000-4000-8000-000000030002").formParam("quantity", "2")
                .when().post("/cart/items")
                .then().statusCode(400)
                .extract();
        assertTrue(refused.headers().getValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("cart=")));
    }

    @Test
    void searchPageEchoesTheQueryAndSendsItToCatalog() {
        given().queryParam("q", "牛肉").queryParam("halal", "true")
                .when().get("/search")
                .then().statusCode(200)
                .body(containsString("value=\"牛肉\""))
                .body(containsString("id=\"halal\" name=\"halal\" type=\"checkbox\" value=\"true\" checked"))
                .body(containsString("没有找到商品"));
    }

    @Test
    void apiRoutesStillPassBearerTokensThroughUntouched() {
        given().header("Authorization", "Bearer abc.def.ghi").when().get("/api/catalog/shops/mine")
                .then().statusCode(200).body("headers.authorization", equalTo("Bearer abc.def.ghi"))
                .body("service", equalTo("catalog"));
    }

    @Test
    void stylesheetIsSmallAndCacheable() {
        String css = given().when().get("/static/site.css")
                .then().statusCode(200).header("Cache-Control", containsString("max-age"))
                .extract().asString();
        assertTrue(css.length() < 6_000, "stylesheet is " + css.length() + " characters");
    }
}
