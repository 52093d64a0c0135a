package cn.huinong.market.catalog;

import static io.restassured.RestAssured.given;
import static java.util.Map.entry;

import cn.huinong.market.common.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Builds catalog fixtures through the public API, as a seller and an admin would. */
public final class CatalogApi {

    /**
     * A fresh admin token: test tokens live five minutes, and a whole suite takes longer than that, so a token
     * kept in a constant would expire under the tests that run last.
     */
    public static String admin() {
        return TestTokens.token("admin-1", "admin");
    }

    private CatalogApi() {
    }

    public static String buyer() {
        return TestTokens.token("buyer-1", "buyer");
    }

    public static String seller(String sub) {
        return TestTokens.token(sub, "seller");
    }

    /** A complete shop application; a fresh map, for a test to change. */
    public static Map<String, Object> shopBody(String name, boolean halal) {
        return new HashMap<>(Map.ofEntries(entry("nameZh", name), entry("countyCode", "622921"),
                entry("countyName", "临夏县"), entry("townshipCode", "622921101"), entry("townshipName", "韩集镇"),
                entry("contactName", "马师傅"), entry("contactPhone", "13800000000"), entry("sells", "牛羊肉、干货"),
                entry("sellsHalal", halal), entry("supportStatus", "SUPPORTED_HOUSEHOLD"),
                entry("supportLabelConsent", true)));
    }

    public static ValidatableResponse post(String token, String path, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(path).then();
    }

    public static String applyShop(String sellerToken, String name, boolean halal) {
        return post(sellerToken, "/api/catalog/shops", shopBody(name, halal)).statusCode(201).extract().path("id");
    }

    public static ValidatableResponse move(String token, String path, String to, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("to", to);
        if (reason != null) {
            body.put("reason", reason);
        }
        return post(token, path + "/transitions", body);
    }

    /** Takes a shop through review to APPROVED with a complete checklist. */
    public static void approveShop(String shopId) {
        String path = "/api/catalog/shops/" + shopId;
        move(admin(), path, "UNDER_REVIEW", null).statusCode(200);
        String etag = given().auth().oauth2(admin()).when().get(path).then().extract().header("ETag");
        given().auth().oauth2(admin()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("identityChecked", true, "payoutAccountGiven", true, "halalCertificateChecked", true))
                .when().put(path + "/checklist").then().statusCode(200);
        move(admin(), path, "APPROVED", null).statusCode(200);
    }

    public static String category(String code, boolean halal) {
        return post(admin(), "/api/catalog/categories",
                Map.of("code", code + "-" + UUID.randomUUID().toString().substring(0, 6), "nameZh", "类目" + code,
                        "halalRequired", halal))
                .statusCode(201).extract().path("id");
    }

    public static String product(String sellerToken, String shopId, String categoryId, String nameZh) {
        return post(sellerToken, "/api/catalog/shops/" + shopId + "/products",
                Map.of("categoryId", categoryId, "nameZh", nameZh, "descriptionZh", "临夏特产"))
                .statusCode(201).extract().path("id");
    }

    public static Map<String, Object> skuBody(String nameZh, long priceFen) {
        Map<String, Object> body = new HashMap<>();
        body.put("nameZh", nameZh);
        body.put("unit", "袋");
        body.put("netWeightG", 500);
        body.put("packedWeightG", 620);
        body.put("packedVolumeCm3", 1800);
        body.put("temperatureClass", "AMBIENT");
        body.put("shelfLifeDays", 180);
        body.put("priceFen", priceFen);
        return body;
    }

    public static String sku(String sellerToken, String productId, String nameZh, long priceFen) {
        return post(sellerToken, "/api/catalog/products/" + productId + "/skus", skuBody(nameZh, priceFen))
                .statusCode(201).extract().path("id");
    }
}
