package cn.huinong.market.training.incubation;

import static cn.huinong.market.training.Fixtures.ADMIN;
import static cn.huinong.market.training.Fixtures.TRAINER_A;
import static cn.huinong.market.training.Fixtures.TRAINER_B;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.huinong.market.common.testing.TestDatabase;
import cn.huinong.market.training.Fixtures;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Shop linking with consent, and milestones and income from the order feed and catalog, both served by WireMock
 * stubs on the OIDC test server (whose token endpoint also answers training-service's client-credentials grant).
 */
@QuarkusTest
class IncubationTest {

    static final String FEED = "/auth/api/orders/events";

    @OidcWireMock WireMockServer wiremock;

    private final List<StubMapping> stubs = new ArrayList<>();
    private String cohort;
    private String trainee;
    private String t;
    private final String shop = "5b0c5f0e-1111-4a8e-9d5e-000000000001";
    private final String otherShop = "5b0c5f0e-2222-4a8e-9d5e-000000000002";

    @BeforeEach
    void setUp() {
        TestDatabase.truncateAllExcept();
        cohort = Fixtures.cohort("A 班", "trainer-a");
        trainee = Fixtures.trainee("马小花", cohort, ADMIN);
        t = "/api/training/trainees/" + trainee;
        stub(get(urlPathEqualTo("/auth/api/catalog/shops/" + shop + "/history")).willReturn(json("""
                [{"from":null,"to":"APPLIED","actor":"seller-ma","at":"2026-09-20T02:00:00Z"},
                 {"from":"APPLIED","to":"UNDER_REVIEW","actor":"admin-1","at":"2026-09-25T02:00:00Z"},
                 {"from":"UNDER_REVIEW","to":"APPROVED","actor":"admin-1","at":"2026-09-30T17:00:00Z"}]""")));
    }

    @AfterEach
    void removeStubs() {
        stubs.forEach(wiremock::removeStub);
        stubs.clear();
    }

    private void stub(com.github.tomakehurst.wiremock.client.MappingBuilder mapping) {
        stubs.add(wiremock.stubFor(mapping));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    /** The feed answers this page after the cursor, and an empty last page after {@code lastSequence}. */
    private void feed(long after, long lastSequence, String... events) {
        stub(get(urlPathEqualTo(FEED))
                .withQueryParam("after", com.github.tomakehurst.wiremock.client.WireMock.equalTo(Long.toString(after)))
                .willReturn(json("{\"items\":[" + String.join(",", events) + "],\"nextCursor\":null}")));
        stub(get(urlPathEqualTo(FEED))
                .withQueryParam("after",
                        com.github.tomakehurst.wiremock.client.WireMock.equalTo(Long.toString(lastSequence)))
                .willReturn(json("{\"items\":[],\"nextCursor\":null}")));
    }

    static String event(long sequence, String type, String at, String shopId, String order, long total,
            long commission, long refund, long commissionRefund, boolean full) {
        return """
                {"sequence":%d,"eventId":"%s","type":"%s","occurredAt":"%s","shopOrderId":"%s",
                 "checkoutId":"%s","shopId":"%s","currency":"CNY","goodsFen":%d,"shippingFen":0,"totalFen":%d,
                 "commissionRateBp":200,"commissionFen":%d,"refundFen":%d,"commissionRefundFen":%d,
                 "refundedTotalFen":%d,"fullyRefunded":%s,"lines":[]}"""
                .formatted(sequence, new UUID(7, sequence), type, at, order, UUID.randomUUID(), shopId, total, total,
                        commission, refund, commissionRefund, refund, full);
    }

    private void consent(boolean shopSales) {
        Map<String, Object> body = new HashMap<>();
        body.put("scope", "培训记录与店铺经营数据用于成效统计");
        body.put("givenAt", "2026-03-01T09:00:00+08:00");
        if (shopSales) {
            body.put("purposes", List.of("SHOP_SALES"));
        }
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(body).when().post(t + "/consents").then()
                .statusCode(201);
    }

    private io.restassured.response.ValidatableResponse link(String token, String shopId) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("shopId", shopId, "ownerSub", "seller-xiaohua", "reason", "学员开店"))
                .when().post(t + "/shop").then();
    }

    private void sync() {
        given().auth().oauth2(ADMIN).when().post("/api/training/incubation/sync").then().statusCode(200);
    }

    @Test
    void linkingNeedsAConsentCoveringShopSalesAndIsAudited() {
        link(ADMIN, shop).statusCode(422).contentType("application/problem+json");
        consent(false);
        link(TRAINER_A, shop).statusCode(422)
                .body("detail", equalTo("关联店铺需要学员有效的授权，且授权范围包含店铺经营数据（SHOP_SALES）。"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body("{}").when().post(t + "/consents/withdrawal")
                .then().statusCode(200);
        consent(true);
        link(TRAINER_B, shop).statusCode(404);
        link(TRAINER_A, shop).statusCode(200).body("shopId", equalTo(shop)).body("ownerSub", equalTo("seller-xiaohua"))
                .body("history.action", contains("LINKED"));
        link(TRAINER_A, shop).statusCode(200).body("history.action", contains("LINKED"));
        String other = Fixtures.trainee("马小军", cohort, ADMIN);
        Fixtures.consent(other, ADMIN);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("shopId", shop, "ownerSub", "x")).when().post("/api/training/trainees/" + other + "/shop")
                .then().statusCode(409).body("detail", equalTo("该店铺已关联到另一名学员。"));
        given().auth().oauth2(TRAINER_B).when().get(t + "/shop").then().statusCode(404);
        given().auth().oauth2(TRAINER_B).when().delete(t + "/shop").then().statusCode(404);
        given().auth().oauth2(TRAINER_A).queryParam("reason", "店铺转让").when().delete(t + "/shop").then().statusCode(204);
        given().auth().oauth2(TRAINER_A).when().get(t + "/shop").then().statusCode(404);
        link(ADMIN, shop).statusCode(200).body("history.action", contains("LINKED", "UNLINKED", "LINKED"))
                .body("history.reason[1]", equalTo("店铺转让")).body("history.actor", contains("trainer-a", "trainer-a",
                        "admin-1"));
        // Withdrawing the consent unlinks, audited.
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("reason", "本人要求"))
                .when().post(t + "/consents/withdrawal").then().statusCode(200);
        given().auth().oauth2(ADMIN).when().get(t + "/shop").then().statusCode(404);
        assertEquals(4, TestDatabase.count("SELECT count(*) FROM shop_link_audit WHERE trainee_id = ?::uuid", trainee));
        assertEquals(1, TestDatabase.count(
                "SELECT count(*) FROM shop_link_audit WHERE reason = 'consent withdrawn' AND action = 'UNLINKED'"));
    }

    @Test
    void aPaidOrderGivesFirstSaleOnTheNextPollAFullRefundTakesItBackAndReplayChangesNothing() {
        consent(true);
        link(TRAINER_A, shop).statusCode(200);
        String order1 = UUID.randomUUID().toString();
        String order2 = UUID.randomUUID().toString();
        String e1 = event(1, "ORDER_PAID", "2026-11-03T02:00:00Z", shop, order1, 12800, 240, 0, 0, false);
        String e2 = event(2, "ORDER_PAID", "2026-11-04T02:00:00Z", otherShop, UUID.randomUUID().toString(), 5000, 100,
                0, 0, false);
        feed(0, 2, e1, e2);
        given().auth().oauth2(TRAINER_A).queryParam("asOf", "2026-11-30").when().get(t + "/milestones").then()
                .statusCode(200).body("status", equalTo("NOT_OPENED")).body("milestones[1].reached", equalTo(false));
        given().auth().oauth2(ADMIN).when().post("/api/training/incubation/sync").then().statusCode(200)
                .body("eventsReceived", equalTo(2)).body("eventsStored", equalTo(2)).body("cursor", equalTo(2))
                .body("shopsOpened", equalTo(1));
        wiremock.verify(getRequestedFor(urlPathEqualTo(FEED)).withHeader("Authorization", matching("Bearer .+")));
        given().auth().oauth2(TRAINER_A).queryParam("asOf", "2026-11-30").when().get(t + "/milestones").then()
                .statusCode(200)
                .body("milestones.milestone", contains("SHOP_OPENED", "FIRST_SALE", "ACTIVE", "SUSTAINED", "DORMANT"))
                .body("milestones[0].on", equalTo("2026-10-01")) // 17:00Z on 30 Sep is 1 Oct in China
                .body("milestones[1].on", equalTo("2026-11-03")).body("firstSaleShopOrderId", equalTo(order1))
                .body("status", equalTo("SELLING"));
        // Before the sale, as of 2 Nov, there was none.
        given().auth().oauth2(ADMIN).queryParam("asOf", "2026-11-02").when().get(t + "/milestones").then()
                .body("milestones[1].reached", equalTo(false)).body("status", equalTo("OPENED"));

        // Replaying the same events (the feed answers from 0 again, a crash before the cursor moved…) stores nothing.
        removeStubs();
        feed(2, 2);
        feed(0, 99, e1, e2);
        sync();
        given().auth().oauth2(ADMIN).when().post("/api/training/incubation/sync").then().statusCode(200)
                .body("eventsStored", equalTo(0));
        assertEquals(2, TestDatabase.count("SELECT count(*) FROM order_fact"));

        // Order 1 fully refunded, a later order 3 paid: FIRST_SALE moves to order 3; as of before order 3, none.
        removeStubs();
        String order3 = UUID.randomUUID().toString();
        feed(2, 5, event(3, "ORDER_CANCELLED", "2026-11-10T02:00:00Z", shop, order1, 12800, 240, 0, 0, false),
                event(4, "ORDER_REFUNDED", "2026-11-10T02:01:00Z", shop, order1, 12800, 240, 12800, 240, true),
                event(5, "ORDER_PAID", "2026-11-12T02:00:00Z", shop, order3, 3000, 60, 0, 0, false));
        stub(get(urlPathEqualTo("/auth/api/catalog/shops/" + shop + "/history")).willReturn(json("[]")));
        sync();
        given().auth().oauth2(ADMIN).queryParam("asOf", "2026-11-30").when().get(t + "/milestones").then()
                .body("milestones[1].on", equalTo("2026-11-12")).body("firstSaleShopOrderId", equalTo(order3));
        given().auth().oauth2(ADMIN).queryParam("asOf", "2026-11-11").when().get(t + "/milestones").then()
                .body("milestones[1].reached", equalTo(false));
        // As of a day before the refund, the first sale was order 1: reports as of a past day do not change.
        given().auth().oauth2(ADMIN).queryParam("asOf", "2026-11-09").when().get(t + "/milestones").then()
                .body("milestones[1].on", equalTo("2026-11-03"));
    }

    @Test
    void incomeOfAFixtureMonthIsExactToTheFenInChinaTime() {
        consent(true);
        link(ADMIN, shop).statusCode(200);
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        String c = UUID.randomUUID().toString();
        feed(0, 6,
                // 31 Oct 16:30 UTC = 1 Nov 00:30 in China: November.
                event(1, "ORDER_PAID", "2026-10-31T16:30:00Z", shop, a, 12800, 240, 0, 0, false),
                event(2, "ORDER_PAID", "2026-11-15T04:00:00Z", shop, b, 9900, 180, 0, 0, false),
                event(3, "ORDER_SHIPPED", "2026-11-16T04:00:00Z", shop, b, 9900, 180, 0, 0, false),
                event(4, "ORDER_REFUNDED", "2026-11-20T04:00:00Z", shop, b, 9900, 180, 3000, 50, false),
                // 30 Nov 17:00 UTC = 1 Dec 01:00 in China: December.
                event(5, "ORDER_PAID", "2026-11-30T17:00:00Z", shop, c, 5000, 100, 0, 0, false),
                event(6, "ORDER_PAID", "2026-11-20T04:00:00Z", otherShop, UUID.randomUUID().toString(), 70000, 1400, 0,
                        0, false));
        sync();
        // November: paid 12800 + 9900, refunded 3000, commission 240 + 180 − 50 → 22700 − 3000 − 370 = 19330.
        given().auth().oauth2(TRAINER_A).queryParam("from", "2026-10").queryParam("to", "2026-12").when()
                .get(t + "/income").then().statusCode(200)
                .body("baselineMonthlyIncomeFen", equalTo(180000))
                .body("months.month", contains("2026-10", "2026-11", "2026-12"))
                .body("months.netFen", contains(0, 19330, 4900))
                .body("months[1].paidFen", equalTo(22700)).body("months[1].refundedFen", equalTo(3000))
                .body("months[1].commissionFen", equalTo(420)).body("months[1].commissionRefundedFen", equalTo(50))
                .body("months[1].differenceFen", equalTo(19330 - 180000))
                .body("totalNetFen", equalTo(24230));
        given().auth().oauth2(ADMIN).queryParam("from", "2026-13").queryParam("to", "2026-12").when().get(t + "/income")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().auth().oauth2(ADMIN).queryParam("from", "2026-12").queryParam("to", "2026-11").when().get(t + "/income")
                .then().statusCode(400);
        given().auth().oauth2(TRAINER_B).queryParam("from", "2026-10").queryParam("to", "2026-12").when()
                .get(t + "/income").then().statusCode(404);
    }

    @Test
    void aFeedThatDoesNotAnswerIsA503AndTheCursorStays() {
        stub(get(urlPathEqualTo(FEED)).willReturn(aResponse().withStatus(500)));
        given().auth().oauth2(ADMIN).when().post("/api/training/incubation/sync").then().statusCode(503)
                .contentType("application/problem+json");
        given().auth().oauth2(TRAINER_A).when().post("/api/training/incubation/sync").then().statusCode(403);
        assertEquals(0, TestDatabase.count("SELECT count(*) FROM order_fact"));
    }

    @Test
    void reportsLeaveOutOtherTrainersCohortsAndWithdrawnConsents() {
        consent(true);
        given().auth().oauth2(TRAINER_A).queryParam("asOf", "2026-11-30").when().get("/api/training/reports/funnel")
                .then().statusCode(200).body("groups.key", contains(cohort))
                .body("groups[0].cells.name", contains("applied", "enrolled", "completed", "certified", "employed",
                        "shop_opened", "first_sale", "active_shop", "employed_and_runs_shop",
                        "employed_or_active_shop"))
                .body("groups[0].cells[0].count", nullValue()).body("groups[0].cells[0].suppressed", equalTo(true));
        for (String by : new String[]{"cohort", "county", "trainer", "track"}) {
            given().auth().oauth2(TRAINER_B).queryParam("asOf", "2026-11-30").queryParam("groupBy", by).when()
                    .get("/api/training/reports/funnel").then().statusCode(200).body("groups.size()", equalTo(0));
            given().auth().oauth2(TRAINER_B).queryParam("asOf", "2026-11-30").queryParam("groupBy", by).when()
                    .get("/api/training/reports/indicators").then().statusCode(200).body("groups.size()", equalTo(0));
        }
        given().auth().oauth2(ADMIN).queryParam("asOf", "2026-11-30").queryParam("groupBy", "trainer").when()
                .get("/api/training/reports/funnel").then().body("groups.key", contains("trainer-a"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body("{}").when().post(t + "/consents/withdrawal")
                .then().statusCode(200);
        given().auth().oauth2(ADMIN).queryParam("asOf", "2026-11-30").when().get("/api/training/reports/funnel")
                .then().body("groups.size()", equalTo(0));
        given().auth().oauth2(ADMIN).queryParam("asOf", "2026-11-30").queryParam("groupBy", "village").when()
                .get("/api/training/reports/funnel").then().statusCode(400).body("errors[0].field", equalTo("groupBy"));
    }
}
