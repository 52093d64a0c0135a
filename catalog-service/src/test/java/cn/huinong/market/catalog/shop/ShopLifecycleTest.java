package cn.huinong.market.catalog.shop;

import static cn.huinong.market.catalog.CatalogApi.admin;
import static cn.huinong.market.catalog.CatalogApi.applyShop;
import static cn.huinong.market.catalog.CatalogApi.buyer;
import static cn.huinong.market.catalog.CatalogApi.move;
import static cn.huinong.market.catalog.CatalogApi.post;
import static cn.huinong.market.catalog.CatalogApi.seller;
import static cn.huinong.market.catalog.CatalogApi.shopBody;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.huinong.market.catalog.CatalogApi;
import cn.huinong.market.common.testing.TestDatabase;
import cn.huinong.market.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ShopLifecycleTest {

    private final String ma = seller("seller-ma");
    private final String li = seller("seller-li");

    @BeforeEach
    void cleanDatabase() {
        TestDatabase.truncateAllExcept();
    }

    @Test
    void aSellerAppliesAndAnAdminApprovesAfterTheChecklist() {
        String id = applyShop(ma, "马家清真牛肉铺", true);
        String path = "/api/catalog/shops/" + id;
        given().auth().oauth2(ma).when().get(path).then().statusCode(200)
                .body("status", equalTo("APPLIED")).body("ownerSub", equalTo("seller-ma"));

        move(admin(), path, "UNDER_REVIEW", null).statusCode(200).body("status", equalTo("UNDER_REVIEW"));
        // Not before the checklist is complete; a halal seller also needs its certificate checked.
        move(admin(), path, "APPROVED", null).statusCode(409).body("detail", equalTo("批准前请先核验店主身份。"));
        String etag = given().auth().oauth2(admin()).when().get(path).then().extract().header("ETag");
        given().auth().oauth2(admin()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("identityChecked", true, "payoutAccountGiven", true, "halalCertificateChecked", false))
                .when().put(path + "/checklist").then().statusCode(200);
        move(admin(), path, "APPROVED", null).statusCode(409);
        etag = given().auth().oauth2(admin()).when().get(path).then().extract().header("ETag");
        given().auth().oauth2(admin()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("identityChecked", true, "payoutAccountGiven", true, "halalCertificateChecked", true))
                .when().put(path + "/checklist").then().statusCode(200);
        // Ticked, but no certificate is on file yet: a reviewer's tick alone does not approve a halal seller.
        move(admin(), path, "APPROVED", null).statusCode(409)
                .body("detail", equalTo("该店铺销售清真食品，但没有在有效期内的清真证书：请卖家先登记证书。"));
        String halalFood = CatalogApi.category("halal-food", true);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        post(ma, path + "/halal-certificates", Map.of("issuer", "临夏州伊斯兰教协会", "number", "LXQZ-2026-0001",
                "scope", "牛羊肉制品", "categoryIds", java.util.List.of(halalFood),
                "validFrom", today.minusMonths(1).toString(), "validTo", today.plusYears(1).toString()))
                .statusCode(201);
        move(admin(), path, "APPROVED", null).statusCode(200).body("status", equalTo("APPROVED"));

        given().auth().oauth2(ma).when().get(path + "/history").then().statusCode(200)
                .body("to", contains("APPLIED", "UNDER_REVIEW", "APPROVED"))
                .body("actor", contains("seller-ma", "admin-1", "admin-1"));
    }

    @Test
    void aServiceAccountReadsAnyShopsHistoryButABuyerCannot() {
        String id = applyShop(ma, "马家干货", false);
        CatalogApi.approveShop(id);
        String path = "/api/catalog/shops/" + id + "/history";
        given().auth().oauth2(TestTokens.token("service-account-training-service", "service")).when().get(path)
                .then().statusCode(200)
                .body("to", contains("APPLIED", "UNDER_REVIEW", "APPROVED"))
                .body("at[2]", org.hamcrest.Matchers.notNullValue());
        given().auth().oauth2(buyer()).when().get(path).then().statusCode(403);
        given().when().get(path).then().statusCode(401);
        given().auth().oauth2(TestTokens.token("service-account-training-service", "service")).when()
                .get("/api/catalog/shops/" + java.util.UUID.randomUUID() + "/history").then().statusCode(404);
        // The service role opens this one read, not the shop's lifecycle.
        move(TestTokens.token("service-account-training-service", "service"), "/api/catalog/shops/" + id,
                "SUSPENDED", "x").statusCode(403);
    }

    @Test
    void rejectingAndSuspendingNeedAReasonAndAreAudited() {
        String id = applyShop(ma, "马家干货", false);
        String path = "/api/catalog/shops/" + id;
        move(admin(), path, "UNDER_REVIEW", null).statusCode(200);
        move(admin(), path, "REJECTED", null).statusCode(400).body("errors.field", hasItem("reason"));
        move(admin(), path, "REJECTED", "营业执照照片看不清").statusCode(200);
        // The seller fixes it and applies again.
        move(ma, path, "APPLIED", null).statusCode(200).body("status", equalTo("APPLIED"));
        CatalogApi.approveShop(id);
        move(admin(), path, "SUSPENDED", "  ").statusCode(400);
        move(admin(), path, "SUSPENDED", "买家投诉缺斤少两").statusCode(200);
        move(admin(), path, "APPROVED", "已整改").statusCode(200);

        given().auth().oauth2(admin()).when().get(path + "/history").then()
                .body("to", contains("APPLIED", "UNDER_REVIEW", "REJECTED", "APPLIED", "UNDER_REVIEW", "APPROVED",
                        "SUSPENDED", "APPROVED"))
                .body("reason[2]", equalTo("营业执照照片看不清"))
                .body("reason[6]", equalTo("买家投诉缺斤少两"));
        assertEquals(8, TestDatabase.count("SELECT count(*) FROM shop_transition WHERE shop_id = ?::uuid", id));
    }

    @Test
    void everyMoveOutsideTheTableIsRefused() {
        String id = applyShop(ma, "马家干货", false);
        String path = "/api/catalog/shops/" + id;
        for (String to : new String[]{"APPROVED", "REJECTED", "SUSPENDED", "APPLIED"}) {
            move(admin(), path, to, "原因").statusCode(409)
                    .body("type", equalTo("https://huinong.market/problems/conflict"));
        }
        move(admin(), path, "CLOSED", null).statusCode(400).body("errors.field", hasItem("to"));
        // Owners cannot review themselves.
        move(ma, path, "UNDER_REVIEW", null).statusCode(403);
        given().auth().oauth2(ma).when().get(path).then().body("status", equalTo("APPLIED"));
    }

    @Test
    void anotherSellerCanNeitherSeeNorChangeAShopUnderReview() {
        String id = applyShop(ma, "马家干货", false);
        String path = "/api/catalog/shops/" + id;
        given().auth().oauth2(li).when().get(path).then().statusCode(404);
        given().when().get(path).then().statusCode(404);
        given().auth().oauth2(li).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(shopBody("被改名了", false)).when().put(path).then().statusCode(404);
        move(li, path, "APPLIED", null).statusCode(404);
        given().auth().oauth2(li).when().get(path + "/history").then().statusCode(404);
        given().auth().oauth2(li).when().get("/api/catalog/shops/mine").then().statusCode(200)
                .body("items.size()", equalTo(0));
        given().auth().oauth2(ma).when().get(path).then().body("nameZh", equalTo("马家干货"));
    }

    @Test
    void buyersSeeOnlyThePublicFaceOfApprovedShops() {
        String id = applyShop(ma, "马家干货", false);
        CatalogApi.approveShop(id);
        String path = "/api/catalog/shops/" + id;
        given().auth().oauth2(buyer()).when().get(path).then().statusCode(200)
                .body("nameZh", equalTo("马家干货"))
                .body("supportLabel", equalTo(true))
                .body("contactPhone", nullValue())
                .body("checklist", nullValue())
                .body("supportStatus", nullValue())
                .body("ownerSub", nullValue());
        // Without consent the label disappears.
        String etag = given().auth().oauth2(ma).when().get(path).then().extract().header("ETag");
        Map<String, Object> noConsent = shopBody("马家干货", false);
        noConsent.put("supportLabelConsent", false);
        given().auth().oauth2(ma).contentType(ContentType.JSON).header("If-Match", etag).body(noConsent)
                .when().put(path).then().statusCode(200);
        given().when().get(path).then().statusCode(200).body("supportLabel", equalTo(false));
        move(admin(), path, "SUSPENDED", "资质过期").statusCode(200);
        given().when().get(path).then().statusCode(404);
    }

    @Test
    void applicationsAreValidatedAndOnlySellersApply() {
        Map<String, Object> bad = shopBody("马家干货", false);
        bad.put("countyCode", "62292");
        bad.put("townshipCode", "630100101");
        bad.put("contactPhone", "call me");
        post(ma, "/api/catalog/shops", bad).statusCode(400)
                .body("errors.field", hasItem("countyCode"))
                .body("errors.field", hasItem("contactPhone"));
        Map<String, Object> outside = shopBody("马家干货", false);
        outside.put("townshipCode", "630100101");
        post(ma, "/api/catalog/shops", outside).statusCode(400).body("errors.field", hasItem("townshipCode"));
        post(buyer(), "/api/catalog/shops", shopBody("买家开店", false))
                .statusCode(403);
        assertEquals(0, TestDatabase.count("SELECT count(*) FROM shop"));
    }

    @Test
    void theReviewQueueListsShopsByState() {
        String first = applyShop(ma, "一号店", false);
        applyShop(li, "二号店", false);
        move(admin(), "/api/catalog/shops/" + first, "UNDER_REVIEW", null).statusCode(200);
        given().auth().oauth2(admin()).queryParam("status", "APPLIED").when().get("/api/catalog/shops").then()
                .statusCode(200).body("items.nameZh", contains("二号店"));
        given().auth().oauth2(admin()).queryParam("status", "UNDER_REVIEW").when().get("/api/catalog/shops").then()
                .body("items.nameZh", contains("一号店"));
        given().auth().oauth2(ma).queryParam("status", "APPLIED").when().get("/api/catalog/shops").then()
                .statusCode(403);
        given().auth().oauth2(admin()).queryParam("status", "OPEN").when().get("/api/catalog/shops").then()
                .statusCode(400).body("errors.field", hasItem("status"));
    }
}
