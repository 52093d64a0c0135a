package cn.huinong.market.orders.ledger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.common.problem.ProblemType;
import cn.huinong.market.common.testing.MutableClock;
import cn.huinong.market.common.testing.TestDatabase;
import cn.huinong.market.common.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SettlementLedgerTest {

    private static final String SELLER1 = "seller-1";
    private static final String SELLER2 = "seller-2";
    private final String seller1 = TestTokens.token(SELLER1, "seller");
    private final String seller2 = TestTokens.token(SELLER2, "seller");
    private final String admin = TestTokens.token("admin-1", "admin");
    private final String buyer = TestTokens.token("buyer-1", "buyer");

    @Inject Settlement settlement;

    @Inject MutableClock clock;

    @BeforeEach
    void clean() {
        TestDatabase.truncateAllExcept();
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    static ShopOrderFacts facts(UUID shopId, String owner, long goods, long shipping, int rateBp) {
        return new ShopOrderFacts(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), shopId, owner, "CNY",
                goods, shipping, rateBp, Math.floorDiv(goods * rateBp + 5000, 10000));
    }

    void paid(ShopOrderFacts f, String at) {
        QuarkusTransaction.requiringNew().run(() -> settlement.paid(f, OffsetDateTime.parse(at)));
    }

    RefundPosting refund(ShopOrderFacts f, UUID refundId, long goods, long shipping, String at) {
        return QuarkusTransaction.requiringNew().call(
                () -> settlement.refunded(f, refundId, goods, shipping, OffsetDateTime.parse(at)));
    }

    void completed(ShopOrderFacts f, String at) {
        QuarkusTransaction.requiringNew().run(() -> settlement.completed(f, OffsetDateTime.parse(at)));
    }

    /** Credits minus debits. */
    static long owed(String account) {
        return TestDatabase.count("SELECT COALESCE(SUM(CASE side WHEN 'C' THEN amount_fen ELSE -amount_fen END), 0) "
                + "FROM ledger_legs WHERE account = ?", account);
    }

    static long entries(String kind) {
        return TestDatabase.count("SELECT count(*) FROM ledger_entries WHERE kind = ?", kind);
    }

    static long leg(String key, String account, String side, String lineKind) {
        return TestDatabase.count("SELECT COALESCE(SUM(l.amount_fen), 0) FROM ledger_legs l JOIN ledger_entries e "
                + "ON e.id = l.entry_id WHERE e.idempotency_key = ? AND l.account = ? AND l.side = ? "
                + "AND l.line_kind = ?", key, account, side, lineKind);
    }

    static <T> List<T> race(int threads, Callable<T> work) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return work.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        }
    }

    static void sql(String statement) throws SQLException {
        var config = ConfigProvider.getConfig();
        try (Connection c = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                "postgres", config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
                Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute(statement);
            c.commit();
        }
    }

    // ---- postings ------------------------------------------------------------------------------------------

    @Test
    void paymentPostsBalancedLegsOnceAndRecordsTheShopOwner() {
        UUID shop = UUID.randomUUID();
        ShopOrderFacts order = facts(shop, SELLER1, 12000, 800, 200);
        assertEquals(240, order.commissionFen());
        paid(order, "2026-11-20T02:00:00Z");
        paid(order, "2026-11-20T02:00:00Z");

        assertEquals(1, entries("PAYMENT"));
        String key = "PAYMENT:" + order.shopOrderId();
        assertEquals(12000, leg(key, "PROVIDER_CLEARING", "D", "GOODS"));
        assertEquals(800, leg(key, "PROVIDER_CLEARING", "D", "SHIPPING"));
        assertEquals(240, leg(key, "PLATFORM_COMMISSION", "C", "COMMISSION"));
        assertEquals(11760, leg(key, "SHOP_PENDING:" + shop, "C", "GOODS"));
        assertEquals(800, leg(key, "SHOP_PENDING:" + shop, "C", "SHIPPING"));
        assertEquals(12560, owed("SHOP_PENDING:" + shop));
        assertEquals(-12800, owed("PROVIDER_CLEARING"));
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM ledger_entries WHERE shop_order_id = ? AND "
                + "checkout_id = ? AND payment_id = ? AND shop_id = ? AND occurred_at = '2026-11-20T02:00:00Z'",
                order.shopOrderId(), order.checkoutId(), order.paymentId(), shop));
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM ledger_shops WHERE shop_id = ? AND owner_sub = ?",
                shop, SELLER1));
    }

    @Test
    void settlementNeedsTheCallersTransaction() {
        ShopOrderFacts order = facts(UUID.randomUUID(), SELLER1, 1000, 0, 200);
        assertThrows(Exception.class, () -> settlement.paid(order, OffsetDateTime.now()));
        assertEquals(0, TestDatabase.count("SELECT count(*) FROM ledger_entries"));
    }

    @Test
    void racingTwinsPostOnce() throws Exception {
        UUID shop = UUID.randomUUID();
        ShopOrderFacts order = facts(shop, SELLER1, 10000, 1000, 200);
        race(4, () -> {
            paid(order, "2026-11-20T02:00:00Z");
            return null;
        });
        assertEquals(1, entries("PAYMENT"));

        UUID refundId = UUID.randomUUID();
        List<RefundPosting> postings = race(4, () -> refund(order, refundId, 2500, 0, "2026-11-21T02:00:00Z"));
        assertEquals(1, entries("REFUND"));
        for (RefundPosting p : postings) {
            assertEquals(new RefundPosting(refundId, 2500, 50), p);
        }
        race(3, () -> {
            completed(order, "2026-11-22T02:00:00Z");
            return null;
        });
        assertEquals(1, entries("COMPLETION"));
        // 11000 paid − 200 commission − 2500 refunded + 50 commission given back, all now available.
        assertEquals(0, owed("SHOP_PENDING:" + shop));
        assertEquals(8350, owed("SHOP_AVAILABLE:" + shop));
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM ledger_orders WHERE refunded_goods_fen = 2500"));
    }

    @Test
    void partialRefundsThenAFinalOneReverseTheCommissionExactly() {
        UUID shop = UUID.randomUUID();
        ShopOrderFacts order = facts(shop, SELLER1, 9999, 500, 250);
        assertEquals(250, order.commissionFen());
        paid(order, "2026-11-20T02:00:00Z");

        UUID r1 = UUID.randomUUID();
        assertEquals(new RefundPosting(r1, 3333, 83), refund(order, r1, 3333, 0, "2026-11-21T00:00:00Z"));
        // The same refund again is the same posting, not a second one.
        assertEquals(new RefundPosting(r1, 3333, 83), refund(order, r1, 3333, 0, "2026-11-21T00:00:00Z"));
        UUID r2 = UUID.randomUUID();
        assertEquals(new RefundPosting(r2, 3333, 84), refund(order, r2, 3333, 0, "2026-11-22T00:00:00Z"));

        ProblemException tooMuch = assertThrows(ProblemException.class,
                () -> refund(order, UUID.randomUUID(), 3334, 0, "2026-11-23T00:00:00Z"));
        assertEquals(ProblemType.CONFLICT, tooMuch.type());
        assertThrows(ProblemException.class, () -> refund(order, UUID.randomUUID(), 0, 501, "2026-11-23T00:00:00Z"));
        assertThrows(ProblemException.class, () -> refund(order, UUID.randomUUID(), 0, 0, "2026-11-23T00:00:00Z"));
        assertThrows(ProblemException.class, () -> refund(order, UUID.randomUUID(), -1, 10, "2026-11-23T00:00:00Z"));
        assertEquals(2, entries("REFUND"));

        UUID r3 = UUID.randomUUID();
        assertEquals(new RefundPosting(r3, 3833, 83), refund(order, r3, 3333, 500, "2026-11-23T00:00:00Z"));
        assertEquals(83 + 84 + 83, order.commissionFen());
        assertEquals(0, owed("PLATFORM_COMMISSION"));
        assertEquals(0, owed("PROVIDER_CLEARING"));
        assertEquals(0, owed("SHOP_PENDING:" + shop));
        // Fully refunded: not one fen more.
        assertThrows(ProblemException.class, () -> refund(order, UUID.randomUUID(), 1, 0, "2026-11-24T00:00:00Z"));
        assertEquals(3, entries("REFUND"));
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM ledger_orders WHERE refunded_goods_fen = 9999 "
                + "AND refunded_shipping_fen = 500 AND commission_reversed_fen = 250"));
    }

    @Test
    void refundsOfAnUnknownOrderAndBadFactsAreRefused() {
        ShopOrderFacts order = facts(UUID.randomUUID(), SELLER1, 1000, 0, 200);
        assertEquals(ProblemType.CONFLICT, assertThrows(ProblemException.class,
                () -> refund(order, UUID.randomUUID(), 100, 0, "2026-11-21T00:00:00Z")).type());
        assertThrows(ProblemException.class, () -> completed(order, "2026-11-21T00:00:00Z"));
        ShopOrderFacts dollars = new ShopOrderFacts(UUID.randomUUID(), null, null, UUID.randomUUID(), SELLER1, "USD",
                1000, 0, 200, 20);
        assertThrows(ProblemException.class, () -> paid(dollars, "2026-11-21T00:00:00Z"));
        ShopOrderFacts greedy = new ShopOrderFacts(UUID.randomUUID(), null, null, UUID.randomUUID(), SELLER1, "CNY",
                1000, 0, 200, 1001);
        assertThrows(ProblemException.class, () -> paid(greedy, "2026-11-21T00:00:00Z"));
        assertEquals(0, TestDatabase.count("SELECT count(*) FROM ledger_entries"));
    }

    @Test
    void aRefundAfterCompletionTakesFromTheAvailableBalanceEvenBelowZero() {
        UUID shop = UUID.randomUUID();
        ShopOrderFacts order = facts(shop, SELLER1, 10000, 1000, 500);
        paid(order, "2026-11-20T02:00:00Z");
        completed(order, "2026-11-25T02:00:00Z");
        completed(order, "2026-11-26T02:00:00Z");
        assertEquals(1, entries("COMPLETION"));
        assertEquals(0, owed("SHOP_PENDING:" + shop));
        assertEquals(10500, owed("SHOP_AVAILABLE:" + shop));

        String payoutPath = "/api/orders/shops/" + shop + "/payouts";
        given().auth().oauth2(seller1).when().post(payoutPath).then().statusCode(201)
                .body("amountFen", equalTo(10500)).body("status", equalTo("PAID"))
                .body("bankReference", startsWith("SANDBOX-"));
        assertEquals(0, owed("SHOP_AVAILABLE:" + shop));
        assertEquals(10500, owed("PAYOUT_CLEARING"));

        // 4000 of goods back after the money left: the commission on them (500 − 300) is given back.
        RefundPosting late = refund(order, UUID.randomUUID(), 4000, 0, "2026-11-27T02:00:00Z");
        assertEquals(200, late.commissionRefundFen());
        assertEquals(-3800, owed("SHOP_AVAILABLE:" + shop));
        assertEquals(0, owed("SHOP_PENDING:" + shop));
        given().auth().oauth2(seller1).when().post(payoutPath).then().statusCode(409)
                .contentType("application/problem+json");
        assertEquals(1, entries("PAYOUT"));
        given().auth().oauth2(admin).when().get("/api/orders/ledger/trial-balance").then().statusCode(200)
                .body("balanced", equalTo(true));

        // A later order's completion nets off what the shop owes.
        ShopOrderFacts next = facts(shop, SELLER1, 5000, 0, 500);
        paid(next, "2026-11-28T02:00:00Z");
        completed(next, "2026-11-29T02:00:00Z");
        assertEquals(-3800 + 4750, owed("SHOP_AVAILABLE:" + shop));
        given().auth().oauth2(seller1).when().post(payoutPath).then().statusCode(201).body("amountFen", equalTo(950));
    }

    @Test
    void completingAFullyRefundedOrderMovesNothing() {
        UUID shop = UUID.randomUUID();
        ShopOrderFacts order = facts(shop, SELLER1, 3000, 600, 200);
        paid(order, "2026-11-20T02:00:00Z");
        assertEquals(3600, refund(order, UUID.randomUUID(), 3000, 600, "2026-11-21T02:00:00Z").refundFen());
        completed(order, "2026-11-22T02:00:00Z");
        assertEquals(0, entries("COMPLETION"));
        assertEquals(0, owed("SHOP_PENDING:" + shop));
        assertEquals(0, owed("SHOP_AVAILABLE:" + shop));
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM ledger_orders WHERE completed_at IS NOT NULL"));
    }

    // ---- database guards -----------------------------------------------------------------------------------

    @Test
    void theDatabaseRefusesUnbalancedAndChangedPostings() {
        UUID shop = UUID.randomUUID();
        paid(facts(shop, SELLER1, 1000, 0, 200), "2026-11-20T02:00:00Z");
        UUID entry = UUID.randomUUID();
        SQLException unbalanced = assertThrows(SQLException.class, () -> sql(
                "INSERT INTO ledger_entries (id, idempotency_key, kind, shop_id, currency, occurred_at) VALUES ('"
                        + entry + "', 'X', 'PAYOUT', '" + shop + "', 'CNY', now());"
                        + "INSERT INTO ledger_legs VALUES ('" + entry + "', 1, 'PAYOUT_CLEARING', 'PAYOUT_CLEARING', "
                        + "NULL, 'C', 100, 'PAYOUT')"));
        assertTrue(unbalanced.getMessage().contains("does not balance"), unbalanced.getMessage());
        assertThrows(SQLException.class, () -> sql("UPDATE ledger_legs SET amount_fen = amount_fen + 1"));
        assertThrows(SQLException.class, () -> sql("DELETE FROM ledger_entries"));
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM ledger_entries"));
        assertEquals(0, TestDatabase.count("SELECT count(*) FROM ledger_legs WHERE entry_id = ?", entry));
    }

    // ---- statements ----------------------------------------------------------------------------------------

    /** Two orders on either side of midnight in China (16:00 UTC), one completed, one partly refunded. */
    private UUID novemberShop() {
        UUID shop = UUID.randomUUID();
        ShopOrderFacts a = facts(shop, SELLER1, 20000, 1000, 200);
        ShopOrderFacts b = facts(shop, SELLER1, 15000, 1200, 300);
        paid(a, "2026-10-31T15:30:00Z");
        paid(b, "2026-10-31T16:30:00Z");
        completed(a, "2026-11-02T02:00:00Z");
        refund(b, UUID.randomUUID(), 5000, 0, "2026-11-05T03:00:00Z");
        // Another seller's shop in the same days must not show up.
        paid(facts(UUID.randomUUID(), SELLER2, 7000, 0, 200), "2026-11-03T03:00:00Z");
        return shop;
    }

    @Test
    void theStatementFollowsChinaDaysAndItsNetIsTheEventFeedsNet() {
        UUID shop = novemberShop();
        String path = "/api/orders/shops/" + shop + "/statement";
        given().auth().oauth2(seller1).queryParam("from", "2026-10-01").queryParam("to", "2026-10-31")
                .when().get(path).then().statusCode(200)
                .body("lines.kind", contains("PAYMENT")).body("totals.netFen", equalTo(20600))
                .body("closing.pendingFen", equalTo(20600));
        given().auth().oauth2(seller1).queryParam("from", "2026-11-01").queryParam("to", "2026-11-30")
                .when().get(path).then().statusCode(200)
                .body("timeZone", equalTo("Asia/Shanghai"))
                .body("periodStart", equalTo("2026-10-31T16:00:00Z"))
                .body("opening.pendingFen", equalTo(20600)).body("opening.availableFen", equalTo(0))
                .body("lines.kind", contains("PAYMENT", "COMPLETION", "REFUND"))
                .body("lines[0].paidGoodsFen", equalTo(15000)).body("lines[0].paidShippingFen", equalTo(1200))
                .body("lines[0].commissionFen", equalTo(450)).body("lines[0].pendingChangeFen", equalTo(15750))
                .body("lines[1].pendingChangeFen", equalTo(-20600)).body("lines[1].availableChangeFen", equalTo(20600))
                .body("lines[1].netFen", equalTo(0))
                .body("lines[2].refundGoodsFen", equalTo(5000)).body("lines[2].commissionReversedFen", equalTo(150))
                .body("lines[2].netFen", equalTo(-4850))
                .body("totals.paidFen", equalTo(16200)).body("totals.refundFen", equalTo(5000))
                .body("totals.commissionFen", equalTo(450)).body("totals.commissionReversedFen", equalTo(150))
                // Contract 1: Σ totalFen of ORDER_PAID − Σ refundFen − (Σ commissionFen − Σ commissionRefundFen)
                .body("totals.netFen", equalTo(16200 - 5000 - (450 - 150)))
                .body("totals.payoutFen", equalTo(0)).body("totals.orders", equalTo(2))
                .body("closing.pendingFen", equalTo(10900)).body("closing.availableFen", equalTo(20600));
        // The closing balances are the accounts' balances (nothing happened after November).
        assertEquals(10900, owed("SHOP_PENDING:" + shop));
        assertEquals(20600, owed("SHOP_AVAILABLE:" + shop));
    }

    @Test
    void regeneratingAStatementGivesTheSameBytesAndTheMonthlyOneIsTheSame() {
        UUID shop = novemberShop();
        String path = "/api/orders/shops/" + shop + "/statement";
        byte[] first = given().auth().oauth2(seller1).queryParam("from", "2026-11-01").queryParam("to", "2026-11-30")
                .when().get(path).then().statusCode(200).extract().asByteArray();
        byte[] second = given().auth().oauth2(admin).queryParam("from", "2026-11-01").queryParam("to", "2026-11-30")
                .when().get(path).then().statusCode(200).extract().asByteArray();
        assertArrayEquals(first, second);
        byte[] monthly = given().auth().oauth2(seller1).queryParam("month", "2026-11")
                .when().get(path + "/monthly").then().statusCode(200).extract().asByteArray();
        assertArrayEquals(first, monthly);

        String csv = given().auth().oauth2(seller1).accept("text/csv").queryParam("month", "2026-11")
                .when().get(path + "/monthly").then().statusCode(200).contentType(startsWith("text/csv"))
                .extract().asString();
        String csvAgain = given().auth().oauth2(seller1).queryParam("format", "csv")
                .queryParam("from", "2026-11-01").queryParam("to", "2026-11-30")
                .when().get(path).then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        assertEquals(csv, csvAgain);
        // RFC 4180 through common's CsvWriter: CRLF line ends, empty cells for what a row does not have.
        io.restassured.path.json.JsonPath json = given().auth().oauth2(seller1).queryParam("month", "2026-11")
                .when().get(path + "/monthly").then().statusCode(200).extract().jsonPath();
        String payment = json.getString("lines[0].entryId");
        String completion = json.getString("lines[1].entryId");
        String refund = json.getString("lines[2].entryId");
        String orderB = json.getString("lines[0].shopOrderId");
        String orderA = json.getString("lines[1].shopOrderId");
        String refundId = json.getString("lines[2].refundId");
        String expected = "# shopId=" + shop + ",currency=CNY,from=2026-11-01,to=2026-11-30,timeZone=Asia/Shanghai\r\n"
                + "row,entryId,kind,occurredAt,shopOrderId,refundId,payoutId,paidGoodsFen,paidShippingFen,"
                + "refundGoodsFen,refundShippingFen,commissionFen,commissionReversedFen,netFen,payoutFen,"
                + "pendingFen,availableFen\r\n"
                + "opening,,,,,,,,,,,,,,,20600,0\r\n"
                + "line," + payment + ",PAYMENT,2026-10-31T16:30:00Z," + orderB + ",,,15000,1200,0,0,450,0,15750,0,"
                + "15750,0\r\n"
                + "line," + completion + ",COMPLETION,2026-11-02T02:00:00Z," + orderA + ",,,0,0,0,0,0,0,0,0,-20600,"
                + "20600\r\n"
                + "line," + refund + ",REFUND,2026-11-05T03:00:00Z," + orderB + "," + refundId + ",,0,0,5000,0,0,"
                + "150,-4850,0,-4850,0\r\n"
                + "totals,,,,,,,15000,1200,5000,0,450,150,10900,0,,\r\n"
                + "closing,,,,,,,,,,,,,,,10900,20600\r\n";
        assertEquals(expected, csv);
    }

    @Test
    void badPeriodsAreValidationProblems() {
        UUID shop = novemberShop();
        String path = "/api/orders/shops/" + shop + "/statement";
        given().auth().oauth2(seller1).queryParam("from", "2026-11-30").queryParam("to", "2026-11-01")
                .when().get(path).then().statusCode(400).body("errors.field", hasItem("to"));
        given().auth().oauth2(seller1).queryParam("from", "2025-01-01").queryParam("to", "2026-11-01")
                .when().get(path).then().statusCode(400).body("errors.field", hasItem("to"));
        given().auth().oauth2(seller1).queryParam("to", "2026-11-01")
                .when().get(path).then().statusCode(400).body("errors.field", hasItem("from"));
        given().auth().oauth2(seller1).queryParam("from", "yesterday").queryParam("to", "2026-11-01")
                .when().get(path).then().statusCode(400).body("errors.field", hasItem("from"));
        given().auth().oauth2(seller1).queryParam("from", "2026-02-30").queryParam("to", "2026-03-01")
                .when().get(path).then().statusCode(400).body("errors.field", hasItem("from"));
        given().auth().oauth2(seller1).queryParam("month", "2026-13")
                .when().get(path + "/monthly").then().statusCode(400).body("errors.field", hasItem("month"));
    }

    // ---- ownership -----------------------------------------------------------------------------------------

    @Test
    void onlyTheOwnerAndAdminsSeeAShopsMoneyAndOnlyTheOwnerPaysOut() {
        UUID shop = UUID.randomUUID();
        ShopOrderFacts order = facts(shop, SELLER1, 8000, 0, 200);
        paid(order, OffsetDateTime.now().minusHours(2).toString());
        completed(order, OffsetDateTime.now().minusHours(1).toString());
        String base = "/api/orders/shops/" + shop;
        String today = LocalDate.now(Statements.CHINA).toString();

        given().auth().oauth2(seller2).queryParam("from", today).queryParam("to", today)
                .when().get(base + "/statement").then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(seller2).queryParam("month", today.substring(0, 7))
                .when().get(base + "/statement/monthly").then().statusCode(404);
        given().auth().oauth2(seller2).when().post(base + "/payouts").then().statusCode(404);
        given().auth().oauth2(seller2).when().get(base + "/payouts").then().statusCode(404);
        given().auth().oauth2(buyer).queryParam("from", today).queryParam("to", today)
                .when().get(base + "/statement").then().statusCode(403);
        given().auth().oauth2(buyer).when().post(base + "/payouts").then().statusCode(403);
        given().auth().oauth2(admin).when().post(base + "/payouts").then().statusCode(403);
        given().queryParam("from", today).queryParam("to", today)
                .when().get(base + "/statement").then().statusCode(401);
        given().when().post(base + "/payouts").then().statusCode(401);
        given().auth().oauth2(seller1).queryParam("from", today).queryParam("to", today)
                .when().get("/api/orders/shops/" + UUID.randomUUID() + "/statement").then().statusCode(404);
        assertEquals(0, entries("PAYOUT"));
        assertEquals(7840, owed("SHOP_AVAILABLE:" + shop));

        given().auth().oauth2(admin).queryParam("from", today).queryParam("to", today)
                .when().get(base + "/statement").then().statusCode(200).body("closing.availableFen", equalTo(7840));
    }

    @Test
    void aPayoutIsIdempotentListedAndShownOnTheStatement() {
        UUID shop = UUID.randomUUID();
        ShopOrderFacts order = facts(shop, SELLER1, 8000, 500, 200);
        paid(order, OffsetDateTime.now().minusHours(2).toString());
        completed(order, OffsetDateTime.now().minusHours(1).toString());
        String base = "/api/orders/shops/" + shop;
        String key = UUID.randomUUID().toString();
        String id = given().auth().oauth2(seller1).header("Idempotency-Key", key).when().post(base + "/payouts")
                .then().statusCode(201).body("amountFen", equalTo(8340)).body("requestedBy", equalTo(SELLER1))
                .extract().path("id");
        given().auth().oauth2(seller1).header("Idempotency-Key", key).when().post(base + "/payouts")
                .then().statusCode(201).body("id", equalTo(id)).header("Idempotent-Replayed", "true");
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM ledger_payouts WHERE shop_id = ?", shop));
        assertEquals(1, entries("PAYOUT"));
        given().auth().oauth2(seller1).when().post(base + "/payouts").then().statusCode(409);

        given().auth().oauth2(seller1).queryParam("limit", 1).when().get(base + "/payouts").then().statusCode(200)
                .body("items.id", contains(id)).body("nextCursor", nullValue());
        given().auth().oauth2(admin).when().get(base + "/payouts").then().statusCode(200)
                .body("items[0].status", equalTo("PAID"));
        String today = LocalDate.now(Statements.CHINA).toString();
        given().auth().oauth2(seller1).queryParam("from", LocalDate.now(Statements.CHINA).minusDays(1).toString())
                .queryParam("to", today).when().get(base + "/statement").then().statusCode(200)
                .body("totals.payoutFen", equalTo(8340)).body("totals.netFen", equalTo(8340))
                .body("closing.availableFen", equalTo(0)).body("closing.pendingFen", equalTo(0));
    }

    @Test
    void racingPayoutsPayTheBalanceOnce() throws Exception {
        UUID shop = UUID.randomUUID();
        ShopOrderFacts order = facts(shop, SELLER1, 6000, 0, 200);
        paid(order, "2026-11-20T02:00:00Z");
        completed(order, "2026-11-21T02:00:00Z");
        List<Integer> statuses = race(4, () -> given().auth().oauth2(seller1)
                .when().post("/api/orders/shops/" + shop + "/payouts").then().extract().statusCode());
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(3, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        assertEquals(5880, TestDatabase.count("SELECT SUM(amount_fen) FROM ledger_payouts"));
        assertEquals(0, owed("SHOP_AVAILABLE:" + shop));
    }

    @Test
    void nextPageOfPayouts() {
        UUID shop = UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            ShopOrderFacts order = facts(shop, SELLER1, 1000 + i, 0, 200);
            paid(order, "2026-11-20T02:00:00Z");
            completed(order, "2026-11-21T02:00:00Z");
            given().auth().oauth2(seller1).when().post("/api/orders/shops/" + shop + "/payouts").then().statusCode(201);
            // the clock stands still in tests: one second between payouts gives the newest-first order to check
            clock.advance(Duration.ofSeconds(1));
        }
        String path = "/api/orders/shops/" + shop + "/payouts";
        String next = given().auth().oauth2(seller1).queryParam("limit", 2).when().get(path).then().statusCode(200)
                .body("items.amountFen", contains(1002 - 20, 1001 - 20)).body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        given().auth().oauth2(seller1).queryParam("limit", 2).queryParam("after", next).when().get(path).then()
                .statusCode(200).body("items.amountFen", contains(1000 - 20)).body("nextCursor", nullValue());
    }

    // ---- admin ---------------------------------------------------------------------------------------------

    @Test
    void theTrialBalanceIsForAdminsAndBalances() {
        novemberShop();
        given().auth().oauth2(admin).when().get("/api/orders/ledger/trial-balance").then().statusCode(200)
                .body("balanced", equalTo(true)).body("unbalancedEntries.size()", equalTo(0))
                .body("entries", equalTo(5))
                .body("totalDebitFen", equalTo(21000 + 16200 + 7000 + 20600 + 5000 + 150))
                .body("accounts.find { it.account == 'PLATFORM_COMMISSION' }.balanceFen",
                        equalTo(-(400 + 450 + 140 - 150)))
                .body("accounts.find { it.account == 'PROVIDER_CLEARING' }.balanceFen",
                        equalTo(21000 + 16200 + 7000 - 5000));
        given().auth().oauth2(seller1).when().get("/api/orders/ledger/trial-balance").then().statusCode(403);
        given().when().get("/api/orders/ledger/trial-balance").then().statusCode(401);
    }

    @Test
    void theBenchmarksSimulationPathIsNotInTheService() {
        String body = """
                {"orders":[{"facts":{"shopOrderId":"%s","shopId":"%s","shopOwnerSub":"seller-1","currency":"CNY",
                "goodsFen":1000,"shippingFen":0,"commissionRateBp":200,"commissionFen":20},
                "paidAt":"2026-11-20T02:00:00Z","steps":[]}]}""".formatted(UUID.randomUUID(), UUID.randomUUID());
        given().auth().oauth2(admin).contentType("application/json").body(body)
                .when().post("/api/orders/ledger/simulation").then().statusCode(404);
        given().auth().oauth2(seller1).contentType("application/json").body(body)
                .when().post("/api/orders/ledger/simulation").then().statusCode(404);
        assertEquals(0, TestDatabase.count("SELECT count(*) FROM ledger_entries"));
    }
}
