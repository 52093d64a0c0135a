package cn.huinong.market.catalog;

import static io.restassured.RestAssured.given;

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

    public static String seller(String sub) {
        return TestTokens.token(sub, "seller");
    }

    public static Map<String, Object> shopBody(String name, boolean halal) {
        Map<String, Object> body = new HashMap<>();
        body.put("nameZh", name);
        body.put("countyCode", "622921");
        body.put("countyName", "临夏县");
        body.put("townshipCode", "622921101");
        body.put("townshipName", "韩集镇");
        body.put("contactName", "马师傅");
        body.put("contactPhone", "13800000000");
        body.put("sells", "牛羊肉、干货");
        body.put("sellsHalal", halal);
        body.put("supportStatus", "SUPPORTED_HOUSEHOLD");
        body.put("supportLabelConsent", true);
        return body;
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
