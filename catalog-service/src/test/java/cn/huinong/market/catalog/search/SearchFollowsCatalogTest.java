package cn.huinong.market.catalog.search;

import static cn.huinong.market.catalog.CatalogApi.admin;
import static cn.huinong.market.catalog.CatalogApi.applyShop;
import static cn.huinong.market.catalog.CatalogApi.approveShop;
import static cn.huinong.market.catalog.CatalogApi.category;
import static cn.huinong.market.catalog.CatalogApi.move;
import static cn.huinong.market.catalog.CatalogApi.product;
import static cn.huinong.market.catalog.CatalogApi.seller;
import static cn.huinong.market.catalog.CatalogApi.sku;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import cn.huinong.market.common.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Changes made through the catalog API are searchable at once, without waiting for the catch-up job. */
@QuarkusTest
class SearchFollowsCatalogTest {

    private final String ma = seller("seller-ma");
    private String shop;
    private String productId;

    @BeforeEach
    void aListedProductInStock() {
        TestDatabase.truncateAllExcept();
        shop = applyShop(ma, "马家干货", false);
        approveShop(shop);
        String driedGoods = category("dried-goods", false);
        productId = product(ma, shop, driedGoods, "临夏手撕牛肉干");
        String skuId = sku(ma, productId, "250克", 5800);
        String etag = given().auth().oauth2(ma).when().get("/api/catalog/skus/" + skuId + "/stock").then()
                .extract().header("ETag");
        given().auth().oauth2(ma).contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("onHand", 9))
                .when().put("/api/catalog/skus/" + skuId + "/stock").then().statusCode(200);
        move(ma, "/api/catalog/products/" + productId, "PENDING_REVIEW", null).statusCode(200);
        move(admin(), "/api/catalog/products/" + productId, "APPROVED", null).statusCode(200);
    }

    private io.restassured.response.ValidatableResponse search(String q) {
        return given().queryParam("q", q).when().get("/api/catalog/search").then().statusCode(200);
    }

    @Test
    void approvedProductsAreFoundAndSuspendedShopsDisappear() {
        search("牛肉").body("items.id", contains(productId)).body("items[0].minPriceFen", equalTo(5800))
                .body("items[0].inStock", equalTo(true));
        move(admin(), "/api/catalog/shops/" + shop, "SUSPENDED", "抽检不合格").statusCode(200);
        search("牛肉").body("items", empty());
        move(admin(), "/api/catalog/shops/" + shop, "APPROVED", "已整改").statusCode(200);
        search("牛肉").body("items.id", contains(productId));
    }

    /** Changes the product's names as its owner; it goes back to review. */
    private void rename(String nameZh, String nameEn) {
        var current = given().auth().oauth2(ma).when().get("/api/catalog/products/" + productId).then().extract();
        Map<String, Object> body = new java.util.HashMap<>(Map.of("categoryId", current.path("categoryId"),
                "nameZh", nameZh));
        body.put("nameEn", nameEn);
        given().auth().oauth2(ma).contentType(ContentType.JSON).header("If-Match", current.header("ETag"))
                .body(body).when().put("/api/catalog/products/" + productId).then().statusCode(200);
    }

    @Test
    void renamedProductsAreFoundByTheirNewName() {
        rename("和政核桃仁", null);
        // Back in review: not visible until approved again, then found by the new name only.
        search("核桃").body("items", empty());
        move(admin(), "/api/catalog/products/" + productId, "APPROVED", null).statusCode(200);
        search("核桃").body("items.id", contains(productId));
        search("牛肉").body("items", empty());
    }

    @Test
    void namesWithQuotesBackslashesAndNewlinesAreIndexedAndReturnedIntact() {
        String nameZh = "马家\"特级\"牛肉干 \\ 腊味\n第二行";
        String nameEn = "Ma's \"best\" beef \\ jerky\n{\"tokens\": [\"x\"]}";
        rename(nameZh, nameEn);
        move(admin(), "/api/catalog/products/" + productId, "APPROVED", null).statusCode(200);
        search("jerky").body("items.id", contains(productId)).body("items[0].nameZh", equalTo(nameZh))
                .body("items[0].nameEn", equalTo(nameEn));
        search("特级").body("items.id", contains(productId));
        search("tokens").body("items.id", contains(productId));
    }
}
