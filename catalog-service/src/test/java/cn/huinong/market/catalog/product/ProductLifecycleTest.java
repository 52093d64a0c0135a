package cn.huinong.market.catalog.product;

import static cn.huinong.market.catalog.CatalogApi.admin;
import static cn.huinong.market.catalog.CatalogApi.applyShop;
import static cn.huinong.market.catalog.CatalogApi.approveShop;
import static cn.huinong.market.catalog.CatalogApi.buyer;
import static cn.huinong.market.catalog.CatalogApi.category;
import static cn.huinong.market.catalog.CatalogApi.move;
import static cn.huinong.market.catalog.CatalogApi.post;
import static cn.huinong.market.catalog.CatalogApi.product;
import static cn.huinong.market.catalog.CatalogApi.seller;
import static cn.huinong.market.catalog.CatalogApi.sku;
import static cn.huinong.market.catalog.CatalogApi.skuBody;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.huinong.market.common.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProductLifecycleTest {

    private final String ma = seller("seller-ma");
    private final String li = seller("seller-li");
    private String shop;
    private String walnuts;

    @BeforeEach
    void shopWithACategory() {
        TestDatabase.truncateAllExcept();
        shop = applyShop(ma, "马家干货", false);
        approveShop(shop);
        walnuts = category("walnuts", false);
    }

    private String submittedProduct(String name) {
        String id = product(ma, shop, walnuts, name);
        sku(ma, id, "500克袋装", 3990);
        move(ma, "/api/catalog/products/" + id, "PENDING_REVIEW", null).statusCode(200);
        return id;
    }

    @Test
    void draftToApprovedThroughModeration() {
        String id = product(ma, shop, walnuts, "临夏薄皮核桃");
        String path = "/api/catalog/products/" + id;
        given().when().get(path).then().statusCode(404);
        // Nothing to sell yet: no SKU, no submission.
        move(ma, path, "PENDING_REVIEW", null).statusCode(409);
        String skuId = sku(ma, id, "500克袋装", 3990);
        move(ma, path, "PENDING_REVIEW", null).statusCode(200).body("status", equalTo("PENDING_REVIEW"));

        given().auth().oauth2(admin()).when().get("/api/catalog/moderation/products").then().statusCode(200)
                .body("items.id", contains(id));
        move(admin(), path, "APPROVED", null).statusCode(200).body("status", equalTo("APPROVED"));

        given().auth().oauth2(buyer()).when().get(path).then().statusCode(200)
                .body("nameZh", equalTo("临夏薄皮核桃"))
                .body("skus.id", contains(skuId))
                .body("skus[0].priceFen", equalTo(3990))
                .body("halal", equalTo(false))
                .body("moderationReason", nullValue());
        given().when().get("/api/catalog/shops/" + shop + "/products").then().statusCode(200)
                .body("items.id", contains(id));
        given().auth().oauth2(ma).when().get(path + "/history").then()
                .body("to", contains("DRAFT", "PENDING_REVIEW", "APPROVED"));
    }

    @Test
    void rejectionNeedsAReasonTheSellerCanRead() {
        String id = submittedProduct("核桃");
        String path = "/api/catalog/products/" + id;
        move(admin(), path, "REJECTED", null).statusCode(400).body("errors.field", hasItem("reason"));
        move(admin(), path, "REJECTED", "图片与描述不符").statusCode(200);
        given().auth().oauth2(ma).when().get(path).then().body("status", equalTo("REJECTED"))
                .body("moderationReason", equalTo("图片与描述不符"));
        move(ma, path, "PENDING_REVIEW", null).statusCode(200);
        given().auth().oauth2(ma).when().get(path).then().body("moderationReason", nullValue());
    }

    @Test
    void illegalMovesAreRefused() {
        String id = product(ma, shop, walnuts, "核桃");
        String path = "/api/catalog/products/" + id;
        for (String to : new String[]{"APPROVED", "REJECTED", "UNLISTED", "DRAFT"}) {
            move(admin(), path, to, "原因").statusCode(409);
        }
        sku(ma, id, "袋装", 100);
        move(ma, path, "PENDING_REVIEW", null).statusCode(200);
        move(ma, path, "APPROVED", null).statusCode(403);
        move(ma, path, "PENDING_REVIEW", null).statusCode(409);
        given().auth().oauth2(ma).when().get(path).then().body("status", equalTo("PENDING_REVIEW"));
    }

    @Test
    void editingAListedProductSendsItBackToReview() {
        String id = submittedProduct("核桃");
        String path = "/api/catalog/products/" + id;
        move(admin(), path, "APPROVED", null).statusCode(200);
        String etag = given().auth().oauth2(ma).when().get(path).then().extract().header("ETag");
        given().auth().oauth2(ma).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("categoryId", walnuts, "nameZh", "特级核桃（全网最低）"))
                .when().put(path).then().statusCode(200).body("status", equalTo("PENDING_REVIEW"));
        given().when().get(path).then().statusCode(404);
        given().auth().oauth2(ma).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("categoryId", walnuts, "nameZh", "旧版本"))
                .when().put(path).then().statusCode(412).body("current.nameZh", equalTo("特级核桃（全网最低）"));
    }

    @Test
    void suspendingTheShopHidesItsProductsAtOnce() {
        String id = submittedProduct("核桃");
        move(admin(), "/api/catalog/products/" + id, "APPROVED", null).statusCode(200);
        given().when().get("/api/catalog/products/" + id).then().statusCode(200);
        move(admin(), "/api/catalog/shops/" + shop, "SUSPENDED", "食品安全抽检不合格").statusCode(200);
        given().when().get("/api/catalog/products/" + id).then().statusCode(404);
        given().when().get("/api/catalog/shops/" + shop + "/products").then().statusCode(404);
        // Publishing more is refused while suspended.
        String other = submittedProduct("百合");
        move(admin(), "/api/catalog/products/" + other, "APPROVED", null).statusCode(409);
    }

    @Test
    void halalCategoriesNeedACoveringCertificateToPublish() {
        String halalFood = category("halal-food", true);
        String beef = post(admin(), "/api/catalog/categories", Map.of("code", "beef-" + UUID.randomUUID()
                .toString().substring(0, 6), "nameZh", "牛肉", "halalRequired", true, "parentId", halalFood))
                .statusCode(201).extract().path("id");
        String id = product(ma, shop, beef, "清真牛肉干");
        sku(ma, id, "250克", 5800);
        String path = "/api/catalog/products/" + id;
        move(ma, path, "PENDING_REVIEW", null).statusCode(200);
        move(admin(), path, "APPROVED", null).statusCode(409)
                .body("detail", equalTo("该类目要求清真认证：店铺没有覆盖该类目的有效清真证书。"));

        // An expired certificate does not count; a current one on the parent category does.
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        certificate(halalFood, today.minusYears(2), today.minusDays(1));
        move(admin(), path, "APPROVED", null).statusCode(409);
        certificate(halalFood, today.minusMonths(1), today.plusYears(1));
        move(admin(), path, "APPROVED", null).statusCode(200).body("halal", equalTo(true));
    }

    private void certificate(String categoryId, LocalDate from, LocalDate to) {
        UUID id = UUID.randomUUID();
        TestDatabase.count("""
                WITH c AS (INSERT INTO halal_certificate (id, shop_id, issuer, number, scope, valid_from, valid_to,
                    status, created_at, updated_at) VALUES (?, ?::uuid, '临夏州伊斯兰教协会', ?, '牛羊肉制品', ?, ?,
                    'ACTIVE', now(), now()) RETURNING id),
                  l AS (INSERT INTO halal_certificate_category (certificate_id, category_id)
                    SELECT id, ?::uuid FROM c RETURNING 1)
                SELECT count(*) FROM l""", id, shop, "QZ-" + id, Date.valueOf(from), Date.valueOf(to), categoryId);
    }

    @Test
    void anotherSellerCannotTouchAProductOrItsSkus() {
        String id = submittedProduct("核桃");
        String path = "/api/catalog/products/" + id;
        String skuId = given().auth().oauth2(ma).when().get(path).then().extract().path("skus[0].id");
        given().auth().oauth2(li).when().get(path).then().statusCode(404);
        given().auth().oauth2(li).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("categoryId", walnuts, "nameZh", "偷改")).when().put(path).then().statusCode(404);
        move(li, path, "UNLISTED", null).statusCode(404);
        post(li, path + "/skus", skuBody("偷加", 1)).statusCode(404);
        post(li, "/api/catalog/shops/" + shop + "/products", Map.of("categoryId", walnuts, "nameZh", "偷加"))
                .statusCode(404);
        given().auth().oauth2(li).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(skuBody("改价", 1)).when().put("/api/catalog/skus/" + skuId).then().statusCode(404);
        given().auth().oauth2(li).when().get("/api/catalog/skus/" + skuId).then().statusCode(404);
        given().auth().oauth2(ma).when().get(path).then().body("nameZh", equalTo("核桃"))
                .body("skus[0].priceFen", equalTo(3990));
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM sku"));
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM product"));
    }

    @Test
    void skusAreValidatedAndVersioned() {
        String id = product(ma, shop, walnuts, "核桃");
        Map<String, Object> bad = skuBody("袋装", 0);
        bad.put("packedWeightG", 100);
        bad.put("temperatureClass", "WARM");
        post(ma, "/api/catalog/products/" + id + "/skus", bad).statusCode(400)
                .body("errors.field", hasItem("temperatureClass"));
        bad.put("temperatureClass", "CHILLED");
        post(ma, "/api/catalog/products/" + id + "/skus", bad).statusCode(400)
                .body("errors.field", hasItem("priceFen"))
                .body("errors.field", hasItem("packedWeightG"));
        String skuId = sku(ma, id, "500克袋装", 3990);
        Map<String, Object> cheaper = skuBody("500克袋装", 3590);
        given().auth().oauth2(ma).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(cheaper)
                .when().put("/api/catalog/skus/" + skuId).then().statusCode(200)
                .header("ETag", "\"1\"").body("priceFen", equalTo(3590));
        given().auth().oauth2(ma).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(skuBody("x", 1))
                .when().put("/api/catalog/skus/" + skuId).then().statusCode(412)
                .body("current.priceFen", equalTo(3590));
        given().auth().oauth2(ma).when().get("/api/catalog/products/" + id).then().body("skus", hasSize(1));
    }
}
