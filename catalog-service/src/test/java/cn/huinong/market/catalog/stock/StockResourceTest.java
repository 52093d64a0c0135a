package cn.huinong.market.catalog.stock;

import static cn.huinong.market.catalog.stock.InventoryFixtures.number;
import static cn.huinong.market.catalog.stock.InventoryFixtures.onHand;
import static cn.huinong.market.catalog.stock.InventoryFixtures.product;
import static cn.huinong.market.catalog.stock.InventoryFixtures.sellableSku;
import static cn.huinong.market.catalog.stock.InventoryFixtures.shop;
import static cn.huinong.market.catalog.stock.InventoryFixtures.sku;
import static cn.huinong.market.catalog.stock.InventoryFixtures.stock;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.huinong.market.common.testing.TestDatabase;
import cn.huinong.market.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StockResourceTest {

    private static final String SELLER = "seller-ma";
    private final String seller = TestTokens.token(SELLER, "seller");

    @Inject SellableRule rule;

    @BeforeEach
    void cleanDatabase() {
        TestDatabase.truncateAllExcept();
    }

    private static String path(UUID skuId) {
        return "/api/catalog/skus/" + skuId + "/stock";
    }

    private RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    @Test
    void aNewSkuHasNothingOnHandUntilItsSellerSetsIt() {
        UUID sku = sellableSku(SELLER);
        as(seller).when().get(path(sku)).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("onHand", equalTo(0)).body("reserved", equalTo(0)).body("available", equalTo(0))
                .body("stockConfirmedAt", nullValue())
                .body("sellable", equalTo(false)).body("notSellableReason", equalTo("OUT_OF_STOCK"));
        assertEquals(0, number("SELECT count(*) FROM sku_stock"), "reading creates no row");

        as(seller).header("If-Match", "\"0\"").body(Map.of("onHand", 12)).when().put(path(sku)).then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("onHand", equalTo(12)).body("available", equalTo(12))
                .body("stockConfirmedAt", notNullValue())
                .body("sellable", equalTo(true)).body("notSellableReason", nullValue());
        assertEquals(12, onHand(sku));
        assertEquals(1, number("SELECT count(*) FROM sku_stock WHERE sku_id = ? AND stock_confirmed_at "
                + "> now() - interval '1 minute' AND version = 1", sku));

        as(seller).when().get(path(sku)).then().statusCode(200).header("ETag", "\"1\"").body("onHand", equalTo(12));
    }

    @Test
    void changesNeedTheCurrentETag() {
        UUID sku = sellableSku(SELLER);
        stock(sku, 7);
        as(seller).body(Map.of("onHand", 9)).when().put(path(sku)).then().statusCode(428);
        as(seller).header("If-Match", "\"0\"").body(Map.of("onHand", 9)).when().put(path(sku)).then()
                .statusCode(200).header("ETag", "\"1\"");

        // A second phone still holding version 0 must not overwrite the count made since.
        as(seller).header("If-Match", "\"0\"").body(Map.of("onHand", 3)).when().put(path(sku)).then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("current.onHand", equalTo(9)).body("current.version", equalTo(1));
        assertEquals(9, onHand(sku));
    }

    @Test
    void onlyTheOwnerOrAnAdminSeesAndChangesStock() {
        UUID sku = sellableSku(SELLER);
        stock(sku, 5);
        String otherSeller = TestTokens.token("seller-other", "seller");
        as(otherSeller).when().get(path(sku)).then().statusCode(404)
                .body("type", equalTo("https://huinong.market/problems/not-found"));
        as(otherSeller).header("If-Match", "\"0\"").body(Map.of("onHand", 500)).when().put(path(sku)).then()
                .statusCode(404);
        as(otherSeller).when().post(path(sku) + "/confirmation").then().statusCode(404);
        for (String role : new String[]{"buyer", "service", "trainer", "logistics"}) {
            as(TestTokens.token("u-" + role, role)).when().get(path(sku)).then().statusCode(403);
            as(TestTokens.token("u-" + role, role)).header("If-Match", "\"0\"").body(Map.of("onHand", 500))
                    .when().put(path(sku)).then().statusCode(403);
        }
        given().when().get(path(sku)).then().statusCode(401);
        assertEquals(5, onHand(sku));
        assertEquals(0, number("SELECT version FROM sku_stock WHERE sku_id = ?", sku));

        as(TestTokens.token("admin-1", "admin")).header("If-Match", "\"0\"").body(Map.of("onHand", 4))
                .when().put(path(sku)).then().statusCode(200).body("onHand", equalTo(4));
        assertEquals(4, onHand(sku));
        as(seller).when().get(path(UUID.randomUUID())).then().statusCode(404);
    }

    @Test
    void onHandCannotDropBelowWhatCheckoutsReserved() {
        UUID sku = sellableSku(SELLER);
        stock(sku, 10, 4, OffsetDateTime.now(ZoneOffset.UTC));
        as(seller).header("If-Match", "\"0\"").header("Accept-Language", "en").body(Map.of("onHand", 3))
                .when().put(path(sku)).then().statusCode(409)
                .body("type", equalTo("https://huinong.market/problems/conflict"))
                .body("detail", containsString("4 units are reserved"))
                .body("errors.field", hasItem("onHand"))
                .body("current.reserved", equalTo(4));
        assertEquals(10, onHand(sku));

        as(seller).header("If-Match", "\"0\"").body(Map.of("onHand", 4)).when().put(path(sku)).then()
                .statusCode(200).body("onHand", equalTo(4)).body("reserved", equalTo(4))
                .body("available", equalTo(0)).body("sellable", equalTo(false));
    }

    @Test
    void chilledStockNotConfirmedForDaysStopsSellingUntilConfirmed() {
        UUID sku = sku(product(shop(SELLER, "APPROVED"), "APPROVED"), "CHILLED", true);
        stock(sku, 6, 0, OffsetDateTime.now(ZoneOffset.UTC).minusDays(3));
        as(seller).header("Accept-Language", "en").when().get(path(sku)).then().statusCode(200)
                .body("sellable", equalTo(false))
                .body("notSellableReason", equalTo("STOCK_UNCONFIRMED"))
                .body("notSellableDetail", containsString("not confirmed"));
        as(seller).header("Accept-Language", "zh-CN").when().get(path(sku)).then()
                .body("notSellableDetail", containsString("冷藏"));
        assertFalse(rule.sellable(sku));

        as(seller).when().post(path(sku) + "/confirmation").then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("onHand", equalTo(6)).body("sellable", equalTo(true));
        assertEquals(6, onHand(sku));
        assertTrue(rule.sellable(sku));
        // A stale If-Match on the confirmation is refused like on any change.
        as(seller).header("If-Match", "\"0\"").when().post(path(sku) + "/confirmation").then().statusCode(412);
    }

    @Test
    void perishableConfirmedWithinTheWindowSellsAndAmbientNeverNeedsConfirmation() {
        UUID chilled = sku(product(shop(SELLER, "APPROVED"), "APPROVED"), "FROZEN", true);
        stock(chilled, 2, 0, OffsetDateTime.now(ZoneOffset.UTC).minusDays(1));
        assertTrue(rule.sellable(chilled));
        UUID ambient = sellableSku(SELLER);
        stock(ambient, 2, 0, OffsetDateTime.now(ZoneOffset.UTC).minusDays(300));
        assertTrue(rule.sellable(ambient));
        assertEquals(2, countSellable());
    }

    @Test
    void theRuleCoversApprovalAndActivity() {
        UUID suspendedShop = sku(product(shop(SELLER, "SUSPENDED"), "APPROVED"), "AMBIENT", true);
        UUID draft = sku(product(shop(SELLER, "APPROVED"), "DRAFT"), "AMBIENT", true);
        UUID inactive = sku(product(shop(SELLER, "APPROVED"), "APPROVED"), "AMBIENT", false);
        for (UUID sku : new UUID[]{suspendedShop, draft, inactive}) {
            stock(sku, 3);
            assertFalse(rule.sellable(sku));
        }
        as(seller).when().get(path(suspendedShop)).then().body("notSellableReason", equalTo("SHOP_NOT_APPROVED"));
        as(seller).when().get(path(draft)).then().body("notSellableReason", equalTo("PRODUCT_NOT_APPROVED"));
        as(seller).when().get(path(inactive)).then().body("notSellableReason", equalTo("SKU_INACTIVE"));
        assertEquals(0, countSellable());
    }

    @Test
    void badCountsAreValidationProblems() {
        UUID sku = sellableSku(SELLER);
        as(seller).header("If-Match", "\"0\"").body(Map.of("onHand", -1)).when().put(path(sku)).then()
                .statusCode(400).body("errors.field", hasItem("onHand"));
        as(seller).header("If-Match", "\"0\"").body(Map.of("onHand", 5, "reserved", 0)).when().put(path(sku))
                .then().statusCode(400).body("type", equalTo("https://huinong.market/problems/unknown-field"));
        as(seller).header("If-Match", "\"0\"").body("{}").when().put(path(sku)).then().statusCode(400)
                .body("errors.field", hasItem("onHand"));
        assertEquals(0, number("SELECT count(*) FROM sku_stock"));
    }

    /** The SQL condition search uses, run the way search would. */
    @Transactional
    long countSellable() {
        return ((Number) io.quarkus.hibernate.orm.panache.Panache.getEntityManager()
                .createNativeQuery("SELECT count(*) FROM " + SellableRule.JOINS + " WHERE " + rule.condition())
                .getSingleResult()).longValue();
    }
}
