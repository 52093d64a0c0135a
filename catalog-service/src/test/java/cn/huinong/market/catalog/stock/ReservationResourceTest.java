package cn.huinong.market.catalog.stock;

import static cn.huinong.market.catalog.stock.InventoryFixtures.activelyReserved;
import static cn.huinong.market.catalog.stock.InventoryFixtures.number;
import static cn.huinong.market.catalog.stock.InventoryFixtures.onHand;
import static cn.huinong.market.catalog.stock.InventoryFixtures.product;
import static cn.huinong.market.catalog.stock.InventoryFixtures.reserved;
import static cn.huinong.market.catalog.stock.InventoryFixtures.sellableSku;
import static cn.huinong.market.catalog.stock.InventoryFixtures.shop;
import static cn.huinong.market.catalog.stock.InventoryFixtures.sku;
import static cn.huinong.market.catalog.stock.InventoryFixtures.stock;
import static cn.huinong.market.catalog.stock.InventoryFixtures.text;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.huinong.market.common.testing.MutableClock;
import cn.huinong.market.common.testing.TestDatabase;
import cn.huinong.market.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReservationResourceTest {

    static final String PATH = "/api/catalog/reservations";
    static final String SERVICE = TestTokens.token("order-service", "service");

    @Inject ReservationSweeper sweeper;

    @Inject MutableClock clock;

    @BeforeEach
    void cleanDatabase() {
        TestDatabase.truncateAllExcept();
    }

    static Map<String, Object> line(UUID sku, int quantity) {
        return Map.of("skuId", sku.toString(), "quantity", quantity);
    }

    static Map<String, Object> request(UUID checkoutId, Object... lines) {
        return Map.of("checkoutId", checkoutId.toString(), "ttlSeconds", 900, "lines", List.of(lines));
    }

    /** A sellable SKU of the seller with this many units on hand. */
    private static UUID stockedSku(String seller, int onHand) {
        UUID sku = sellableSku(seller);
        stock(sku, onHand);
        return sku;
    }

    /** A new checkout that reserved this many units of the SKU (201); returns the checkout id. */
    private static UUID reservedNow(UUID sku, int quantity) {
        UUID checkout = UUID.randomUUID();
        reserve(request(checkout, line(sku, quantity))).then().statusCode(201);
        return checkout;
    }

    static Response reserve(Object body) {
        return given().auth().oauth2(SERVICE).contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(body).when().post(PATH);
    }

    static Response post(String path) {
        return given().auth().oauth2(SERVICE).header("Accept-Language", "en").when().post(path);
    }

    @Test
    void reservingHoldsUnitsOfEveryLine() {
        UUID mutton = stockedSku("seller-ma", 10);
        UUID walnuts = stockedSku("seller-li", 3);
        UUID checkout = UUID.randomUUID();
        OffsetDateTime before = OffsetDateTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MICROS);

        String expiresAt = reserve(request(checkout, line(mutton, 2), line(walnuts, 3))).then().statusCode(201)
                .header("Location", endsWith(PATH + "/" + checkout))
                .body("checkoutId", equalTo(checkout.toString()))
                .body("status", equalTo("ACTIVE"))
                .body("lines.skuId", contains(mutton.toString(), walnuts.toString()))
                .body("lines.quantity", contains(2, 3))
                .body("confirmedAt", nullValue())
                .extract().path("expiresAt");
        Duration ttl = Duration.between(before, OffsetDateTime.parse(expiresAt));
        assertEquals(Duration.ofSeconds(900), ttl, "expires 900 s after it was made, by the service's clock");

        assertEquals(10, onHand(mutton));
        assertEquals(2, reserved(mutton));
        assertEquals(3, reserved(walnuts));
        assertEquals("order-service", text("SELECT requested_by FROM reservation WHERE checkout_id = ?", checkout));
        given().auth().oauth2(SERVICE).when().get(PATH + "/" + checkout).then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("expiresAt", equalTo(expiresAt));
        given().auth().oauth2(SERVICE).when().get(PATH + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void oneShortLineReservesNothingAndNamesTheShortSkus() {
        UUID plenty = sellableSku("seller-ma");
        UUID scarce = sellableSku("seller-ma");
        UUID none = sellableSku("seller-ma"); // never had a stock row
        stock(plenty, 5);
        stock(scarce, 1);
        UUID checkout = UUID.randomUUID();

        reserve(request(checkout, line(plenty, 2), line(scarce, 3), line(none, 1))).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://huinong.market/problems/conflict"))
                .body("detail",
                        equalTo("Not enough stock for 2 line(s) (see current.shortSkus); nothing was reserved."))
                .body("errors.field", contains("lines[1].quantity", "lines[2].quantity"))
                .body("current.shortSkus.skuId", contains(scarce.toString(), none.toString()))
                .body("current.shortSkus.requested", contains(3, 1))
                .body("current.shortSkus.available", contains(1, 0));

        assertEquals(0, reserved(plenty));
        assertEquals(0, reserved(scarce));
        assertEquals(0, number("SELECT count(*) FROM reservation"));
        assertEquals(0, number("SELECT count(*) FROM reservation_line"));
        // The same checkout can try again with what there is.
        reserve(request(checkout, line(plenty, 2), line(scarce, 1))).then().statusCode(201);
        assertEquals(2, reserved(plenty));
        assertEquals(1, reserved(scarce));
    }

    @Test
    void skusThatCannotBeSoldAreRefusedAndNothingIsReserved() {
        UUID good = sellableSku("seller-ma");
        UUID draft = sku(product(shop("seller-ma", "APPROVED"), "PENDING_REVIEW"), "AMBIENT", true);
        UUID suspended = sku(product(shop("seller-ma", "SUSPENDED"), "APPROVED"), "AMBIENT", true);
        UUID off = sku(product(shop("seller-ma", "APPROVED"), "APPROVED"), "AMBIENT", false);
        for (UUID sku : new UUID[]{good, draft, suspended, off}) {
            stock(sku, 10);
        }
        reserve(request(UUID.randomUUID(), line(good, 1), line(draft, 1), line(suspended, 1), line(off, 1)))
                .then().statusCode(409)
                .body("errors.field", contains("lines[1].skuId", "lines[2].skuId", "lines[3].skuId"))
                .body("current.unavailableSkus.reason",
                        contains("PRODUCT_NOT_APPROVED", "SHOP_NOT_APPROVED", "SKU_INACTIVE"))
                .body("errors.message", hasItem("The product is not approved for sale."));

        UUID ghost = UUID.randomUUID();
        reserve(request(UUID.randomUUID(), line(good, 1), line(ghost, 1))).then().statusCode(422)
                .body("type", equalTo("https://huinong.market/problems/unprocessable"))
                .body("errors.field", contains("lines[1].skuId"))
                .body("current.unavailableSkus[0].skuId", equalTo(ghost.toString()))
                .body("current.unavailableSkus[0].reason", equalTo("UNKNOWN_SKU"));

        assertEquals(0, reserved(good));
        assertEquals(0, number("SELECT count(*) FROM reservation"));
    }

    @Test
    void stalePerishableStockIsNotSoldUntilTheSellerConfirmsIt() {
        UUID frozen = sku(product(shop("seller-ma", "APPROVED"), "APPROVED"), "FROZEN", true);
        stock(frozen, 8, 0, OffsetDateTime.now(ZoneOffset.UTC).minusDays(3));
        UUID checkout = UUID.randomUUID();
        reserve(request(checkout, line(frozen, 1))).then().statusCode(409)
                .body("current.unavailableSkus[0].reason", equalTo("STOCK_UNCONFIRMED"))
                .body("errors.message", hasItem(org.hamcrest.Matchers.containsString("not confirmed")));
        assertEquals(0, reserved(frozen));

        given().auth().oauth2(TestTokens.token("seller-ma", "seller"))
                .when().post("/api/catalog/skus/" + frozen + "/stock/confirmation").then().statusCode(200);
        reserve(request(checkout, line(frozen, 1))).then().statusCode(201);
        assertEquals(1, reserved(frozen));
    }

    @Test
    void theSameCheckoutAgainGetsTheSameReservationAndOtherLinesAreRefused() {
        UUID sku = stockedSku("seller-ma", 10);
        UUID checkout = UUID.randomUUID();
        Map<String, Object> first = request(checkout, line(sku, 4));
        String created = reserve(first).then().statusCode(201).extract().asString();
        String replayed = reserve(first).then().statusCode(200).extract().asString();
        assertEquals(created, replayed);
        // Same lines with another time-to-live is still the same checkout retrying: nothing new.
        reserve(Map.of("checkoutId", checkout.toString(), "lines", List.of(line(sku, 4)))).then().statusCode(200)
                .body("lines[0].quantity", equalTo(4));
        reserve(request(checkout, line(sku, 5))).then().statusCode(409)
                .body("detail", equalTo("Checkout " + checkout + " already reserved other lines; a checkout "
                        + "reserves once."));
        assertEquals(4, reserved(sku));
        assertEquals(1, number("SELECT count(*) FROM reservation"));
    }

    @Test
    void confirmingTakesTheUnitsOutOfStockOnce() {
        UUID sku = stockedSku("seller-ma", 10);
        UUID checkout = reservedNow(sku, 3);
        long stockVersion = number("SELECT version FROM sku_stock WHERE sku_id = ?", sku);

        post(PATH + "/" + checkout + "/confirmation").then().statusCode(200)
                .body("status", equalTo("CONFIRMED")).body("confirmedAt", notNullValue());
        assertEquals(7, onHand(sku));
        assertEquals(0, reserved(sku));
        assertEquals(stockVersion + 1, number("SELECT version FROM sku_stock WHERE sku_id = ?", sku),
                "on-hand changed, so a seller's older ETag must no longer match");

        post(PATH + "/" + checkout + "/confirmation").then().statusCode(200).body("status", equalTo("CONFIRMED"));
        assertEquals(7, onHand(sku));
        post(PATH + "/" + checkout + "/release").then().statusCode(409)
                .body("current.status", equalTo("CONFIRMED"));
        assertEquals(7, onHand(sku));
        assertEquals(0, reserved(sku));
        post(PATH + "/" + UUID.randomUUID() + "/confirmation").then().statusCode(404);
    }

    @Test
    void releasingGivesTheUnitsBackOnce() {
        UUID sku = stockedSku("seller-ma", 10);
        UUID checkout = reservedNow(sku, 3);
        post(PATH + "/" + checkout + "/release").then().statusCode(200)
                .body("status", equalTo("RELEASED")).body("releasedAt", notNullValue());
        assertEquals(10, onHand(sku));
        assertEquals(0, reserved(sku));
        post(PATH + "/" + checkout + "/release").then().statusCode(200).body("status", equalTo("RELEASED"));
        assertEquals(0, reserved(sku));
        post(PATH + "/" + checkout + "/confirmation").then().statusCode(409)
                .body("detail", equalTo("Reservation " + checkout + " is RELEASED: it can no longer be confirmed."))
                .body("current.status", equalTo("RELEASED"));
        assertEquals(10, onHand(sku));
        // Reserving a released checkout's same lines again returns it as it is: order-service must use a new id.
        reserve(request(checkout, line(sku, 3))).then().statusCode(200).body("status", equalTo("RELEASED"));
        assertEquals(0, reserved(sku));
    }

    @Test
    void confirmingTooLateExpiresTheReservationAndGivesTheUnitsBack() {
        UUID sku = stockedSku("seller-ma", 5);
        UUID checkout = reservedNow(sku, 2);
        clock.advance(Duration.ofSeconds(900)); // the 15-minute TTL is up exactly now

        post(PATH + "/" + checkout + "/confirmation").then().statusCode(409)
                .body("current.status", equalTo("EXPIRED"));
        assertEquals("EXPIRED", text("SELECT status FROM reservation WHERE checkout_id = ?", checkout));
        assertEquals(5, onHand(sku));
        assertEquals(0, reserved(sku));
        post(PATH + "/" + checkout + "/release").then().statusCode(200).body("status", equalTo("EXPIRED"));
        assertEquals(0, reserved(sku));
    }

    @Test
    void theSweeperReleasesOnlyExpiredReservations() {
        UUID sku = stockedSku("seller-ma", 200);
        UUID other = stockedSku("seller-li", 50);
        List<UUID> due = new ArrayList<>();
        for (int i = 0; i < 100; i++) { // more than one batch of 100, with the mixed one below
            UUID checkout = UUID.randomUUID();
            reserve(request(checkout, line(sku, 1))).then().statusCode(201);
            due.add(checkout);
        }
        UUID mixed = UUID.randomUUID();
        reserve(request(mixed, line(other, 5), line(sku, 1))).then().statusCode(201);
        due.add(mixed);
        clock.advance(Duration.ofMinutes(10));
        for (int i = 0; i < 50; i++) { // reserved ten minutes later: five minutes left when the sweep comes
            reserve(request(UUID.randomUUID(), line(sku, 1))).then().statusCode(201);
        }
        clock.advance(Duration.ofMinutes(6));
        assertEquals(151, reserved(sku));

        assertEquals(due.size(), sweeper.sweep());
        assertEquals(0, sweeper.sweep());

        assertEquals(50, reserved(sku));
        assertEquals(50, activelyReserved(sku));
        assertEquals(0, reserved(other));
        assertEquals(due.size(), number("SELECT count(*) FROM reservation WHERE status = 'EXPIRED' "
                + "AND released_at IS NOT NULL"));
        assertEquals(50, number("SELECT count(*) FROM reservation WHERE status = 'ACTIVE'"));
        assertEquals(200, onHand(sku), "nothing left stock");
        assertEquals(50, onHand(other));
    }

    @Test
    void requestsAreValidated() {
        UUID sku = stockedSku("seller-ma", 10);
        reserve(Map.of("checkoutId", UUID.randomUUID().toString(), "lines", List.of(line(sku, 0))))
                .then().statusCode(400).body("errors.field", hasItem("lines[0].quantity"));
        reserve(Map.of("checkoutId", UUID.randomUUID().toString(), "lines", List.of(line(sku, 1000))))
                .then().statusCode(400).body("errors.field", hasItem("lines[0].quantity"));
        reserve(Map.of("checkoutId", UUID.randomUUID().toString(), "lines", List.of())).then().statusCode(400)
                .body("errors.field", hasItem("lines"));
        reserve(Map.of("lines", List.of(line(sku, 1)))).then().statusCode(400)
                .body("errors.field", hasItem("checkoutId"));
        List<Object> many = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            many.add(line(UUID.randomUUID(), 1));
        }
        reserve(Map.of("checkoutId", UUID.randomUUID().toString(), "lines", many)).then().statusCode(400)
                .body("errors.field", hasItem("lines"));
        reserve(request(UUID.randomUUID(), line(sku, 1), line(sku, 2))).then().statusCode(400)
                .body("errors.field", contains("lines[1].skuId"));
        reserve(Map.of("checkoutId", UUID.randomUUID().toString(), "ttlSeconds", 5, "lines", List.of(line(sku, 1))))
                .then().statusCode(400).body("errors.field", contains("ttlSeconds"))
                .body("detail", equalTo("The time-to-live must be between 60 and 7200 seconds."));
        reserve(Map.of("checkoutId", UUID.randomUUID().toString(), "lines", List.of(line(sku, 1)), "price", 1))
                .then().statusCode(400).body("type", equalTo("https://huinong.market/problems/unknown-field"));
        assertEquals(0, reserved(sku));
        assertEquals(0, number("SELECT count(*) FROM reservation"));
    }

    @Test
    void onlyServiceAccountsAndAdminsReserve() {
        UUID sku = stockedSku("seller-ma", 10);
        for (String role : new String[]{"buyer", "seller", "trainer", "logistics"}) {
            given().auth().oauth2(TestTokens.token("u-" + role, role)).contentType(ContentType.JSON)
                    .body(request(UUID.randomUUID(), line(sku, 1))).when().post(PATH).then().statusCode(403);
        }
        given().contentType(ContentType.JSON).body(request(UUID.randomUUID(), line(sku, 1))).when().post(PATH)
                .then().statusCode(401);
        assertEquals(0, reserved(sku));
        given().auth().oauth2(TestTokens.token("admin-1", "admin")).contentType(ContentType.JSON)
                .body(request(UUID.randomUUID(), line(sku, 1))).when().post(PATH).then().statusCode(201)
                .body("lines", hasSize(1)).body("lines.skuId", containsInAnyOrder(sku.toString()));
        assertEquals(1, reserved(sku));
    }
}
