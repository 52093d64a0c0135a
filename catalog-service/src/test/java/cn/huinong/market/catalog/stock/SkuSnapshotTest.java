package cn.huinong.market.catalog.stock;

import static cn.huinong.market.catalog.CatalogApi.admin;
import static cn.huinong.market.catalog.CatalogApi.applyShop;
import static cn.huinong.market.catalog.CatalogApi.approveShop;
import static cn.huinong.market.catalog.CatalogApi.buyer;
import static cn.huinong.market.catalog.CatalogApi.category;
import static cn.huinong.market.catalog.CatalogApi.move;
import static cn.huinong.market.catalog.CatalogApi.product;
import static cn.huinong.market.catalog.CatalogApi.seller;
import static cn.huinong.market.catalog.CatalogApi.sku;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import cn.huinong.market.common.testing.TestDatabase;
import cn.huinong.market.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The batch snapshot order-service takes at checkout. */
@QuarkusTest
class SkuSnapshotTest {

    private final String ma = seller("seller-ma");
    private String listed;
    private String hidden;

    @BeforeEach
    void aListedAndAHiddenSku() {
        TestDatabase.truncateAllExcept();
        String shop = applyShop(ma, "马家干货", false);
        approveShop(shop);
        String walnuts = category("walnuts", false);
        String product = product(ma, shop, walnuts, "薄皮核桃");
        listed = sku(ma, product, "500克", 2200);
        move(ma, "/api/catalog/products/" + product, "PENDING_REVIEW", null).statusCode(200);
        move(admin(), "/api/catalog/products/" + product, "APPROVED", null).statusCode(200);
        String draft = product(ma, shop, walnuts, "未上架核桃");
        hidden = sku(ma, draft, "1公斤", 4000);
    }

    @Test
    void onlySkusOnSaleAreSnapshottedWithWhetherTheyCanBeSoldNow() {
        given().auth().oauth2(buyer()).queryParam("ids", listed + "," + hidden + "," + UUID.randomUUID())
                .when().get("/api/catalog/skus").then().statusCode(200)
                .body("skuId", contains(listed))
                .body("[0].productNameZh", equalTo("薄皮核桃"))
                .body("[0].shopNameZh", equalTo("马家干货"))
                .body("[0].priceFen", equalTo(2200))
                .body("[0].packedWeightG", equalTo(620))
                .body("[0].sellable", equalTo(false))
                .body("[0].notSellableReason", equalTo("OUT_OF_STOCK"))
                .body("[0].shopOwnerSub", nullValue())
                .body("[0].shopSupportStatus", nullValue());

        String etag = given().auth().oauth2(ma).when().get("/api/catalog/skus/" + listed + "/stock").then()
                .extract().header("ETag");
        given().auth().oauth2(ma).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("onHand", 7)).when().put("/api/catalog/skus/" + listed + "/stock").then().statusCode(200);
        given().auth().oauth2(buyer()).queryParam("ids", listed).when().get("/api/catalog/skus").then()
                .body("[0].sellable", equalTo(true)).body("[0].notSellableReason", nullValue());
    }

    @Test
    void checkoutCallersAlsoLearnWhoOwnsTheShopAndItsSupportStatus() {
        String service = TestTokens.token("order-service", "service");
        given().auth().oauth2(service).queryParam("ids", listed).when().get("/api/catalog/skus").then()
                .statusCode(200)
                .body("[0].shopOwnerSub", equalTo("seller-ma"))
                .body("[0].shopSupportStatus", equalTo("SUPPORTED_HOUSEHOLD"));
    }

    @Test
    void badRequestsAreRefused() {
        given().queryParam("ids", listed).when().get("/api/catalog/skus").then().statusCode(401);
        given().auth().oauth2(buyer()).queryParam("ids", "not-a-uuid").when().get("/api/catalog/skus").then()
                .statusCode(400).body("errors.field", hasItem("ids"));
        given().auth().oauth2(buyer()).when().get("/api/catalog/skus").then().statusCode(400);
        StringBuilder many = new StringBuilder(listed);
        for (int i = 0; i < 100; i++) {
            many.append(',').append(UUID.randomUUID());
        }
        given().auth().oauth2(buyer()).queryParam("ids", many.toString()).when().get("/api/catalog/skus").then()
                .statusCode(400);
    }
}
