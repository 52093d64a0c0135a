package cn.huinong.market.catalog.trace;

import static io.restassured.RestAssured.given;

import cn.huinong.market.catalog.CatalogFixtures;
import cn.huinong.market.common.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A shop with a halal beef product (a chilled SKU with stock, a halal certificate in force) and its seller, built
 * in the real catalog tables so the trace endpoints answer from the real shop, product and halal services.
 */
final class TraceWorld {

    final String seller = "trace-seller-" + UUID.randomUUID();
    final UUID shop = CatalogFixtures.shop(seller);
    final UUID category = CatalogFixtures.category("beef-" + UUID.randomUUID(), null, true);
    final UUID product = CatalogFixtures.product(shop, category, "APPROVED");
    final UUID certificate = CatalogFixtures.certificate(shop, "ACTIVE", LocalDate.now().minusYears(1),
            LocalDate.now().plusYears(1), category);
    final UUID sku = UUID.randomUUID();

    TraceWorld() {
        CatalogFixtures.update("INSERT INTO sku (id, product_id, name_zh, unit, net_weight_g, packed_weight_g, "
                + "packed_volume_cm3, temperature_class, shelf_life_days, price_fen, created_at, updated_at) "
                + "VALUES (?, ?, '500克', '袋', 500, 600, 1000, 'CHILLED', 30, 6800, now(), now())", sku, product);
        CatalogFixtures.update("INSERT INTO sku_stock (sku_id, on_hand, reserved, stock_confirmed_at, updated_at) "
                + "VALUES (?, 40, 3, now(), now())", sku);
    }

    String token() {
        return TestTokens.token(seller, "seller");
    }

    static String admin() {
        return TestTokens.token("admin-1", "admin");
    }

    static String buyer() {
        return TestTokens.token("buyer-" + UUID.randomUUID(), "buyer");
    }

    String base() {
        return "/api/catalog/trace/shops/" + shop;
    }

    ValidatableResponse post(String token, String path, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(path).then();
    }

    static ValidatableResponse get(String token, String path) {
        return given().auth().oauth2(token).when().get(path).then();
    }

    /** A lot of the beef product, through the API. */
    String lot(String number, String origin) {
        return post(token(), base() + "/lots", Map.of("productId", product, "lotNumber", number, "origin", origin,
                "originDate", LocalDate.now().minusDays(2).toString(), "countyCode", "622921", "villageName",
                "马家村", "quantity", 180.5, "unit", "kg")).statusCode(201).extract().path("id");
    }

    String epcClass(String lotId) {
        return get(token(), "/api/catalog/trace/lots/" + lotId).statusCode(200).extract().path("epcClass");
    }
}
