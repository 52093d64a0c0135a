package cn.huinong.market.sandbox.payment;

import static cn.huinong.market.sandbox.payment.Sandbox.close;
import static cn.huinong.market.sandbox.payment.Sandbox.create;
import static cn.huinong.market.sandbox.payment.Sandbox.created;
import static cn.huinong.market.sandbox.payment.Sandbox.order;
import static cn.huinong.market.sandbox.payment.Sandbox.pay;
import static cn.huinong.market.sandbox.payment.Sandbox.query;
import static cn.huinong.market.sandbox.payment.Sandbox.refund;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.huinong.market.common.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The provider API a merchant calls over HTTP: create, query, close, refund — against the sandbox's own tables. */
@QuarkusTest
class SandboxMerchantApiTest extends SandboxTestBase {

    private Map<String, Object> order(UUID paymentId, long amountFen) {
        return Sandbox.order(paymentId, amountFen, now().plusMinutes(30), notifyUrl.toString());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    @Test
    void createIsIdempotentByPaymentIdAndRefusesAnotherAmount() {
        UUID paymentId = UUID.randomUUID();
        String first = created(order(paymentId, 12800));
        assertTrue(first.matches("SBX\\d{24}"), first);
        create(order(paymentId, 12800)).statusCode(200).body("providerPaymentId", equalTo(first))
                .body("payUrl", equalTo("http://127.0.0.1:8090/api/orders/sandbox-pay/" + first));
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM sandbox_payment WHERE payment_id = ?", paymentId));

        create(order(paymentId, 12900)).statusCode(409).contentType("application/problem+json");
        assertEquals(1, TestDatabase.count(
                "SELECT count(*) FROM sandbox_payment WHERE payment_id = ? AND amount_fen = 12800", paymentId));
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM sandbox_payment WHERE payment_id = ? "
                + "AND notify_url = ?", paymentId, notifyUrl.toString()));

        assertNotEquals(first, created(order(UUID.randomUUID(), 500)));
    }

    @Test
    void createChecksItsInput() {
        assertField("amountFen", Map.of("amountFen", 0));
        assertField("currency", Map.of("currency", "rmb"));
        assertField("subject", Map.of("subject", " "));
        assertField("expiresAt", Map.of("expiresAt", now().minusMinutes(10).toString()));
        assertField("notifyUrl", Map.of("notifyUrl", "ftp://merchant.example/notify"));
        assertField("notifyUrl", Map.of("notifyUrl", "/relative/path"));
        assertEquals(0, TestDatabase.count("SELECT count(*) FROM sandbox_payment"));
    }

    private void assertField(String field, Map<String, Object> change) {
        Map<String, Object> order = order(UUID.randomUUID(), 100);
        order.putAll(change);
        create(order).statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo(field));
    }

    @Test
    void createsRaceToOneRow() throws Exception {
        UUID paymentId = UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> created(order(paymentId, 4200))));
            }
            String first = futures.get(0).get();
            for (Future<String> f : futures) {
                assertEquals(first, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM sandbox_payment WHERE payment_id = ?", paymentId));
    }

    @Test
    void queryShowsTheProvidersState() {
        UUID paymentId = UUID.randomUUID();
        String created = created(order(paymentId, 12800));
        query(paymentId).statusCode(200).body("paymentId", equalTo(paymentId.toString()))
                .body("providerPaymentId", equalTo(created)).body("status", equalTo("WAITING"))
                .body("amountFen", equalTo(12800)).body("paidAt", nullValue());

        clock.advance(Duration.ofMillis(1500));
        pay(created).statusCode(200);
        String paidAt = query(paymentId).statusCode(200).body("status", equalTo("PAID")).extract().path("paidAt");
        // whole seconds of the provider's clock, UTC
        assertEquals(now().withNano(0).toInstant(), OffsetDateTime.parse(paidAt).toInstant());

        query(UUID.randomUUID()).statusCode(404).contentType("application/problem+json");
    }

    @Test
    void closeStopsAWaitingPaymentAndReportsPaidWhenTheBuyerWonTheRace() {
        UUID waitingId = UUID.randomUUID();
        String waiting = created(order(waitingId, 3000));
        close(waitingId).statusCode(200).body("status", equalTo("CLOSED")).body("paidAt", nullValue());
        close(waitingId).statusCode(200).body("status", equalTo("CLOSED"));
        query(waitingId).body("status", equalTo("CLOSED"));
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM sandbox_payment WHERE payment_id = ? "
                + "AND status = 'CLOSED' AND closed_at IS NOT NULL", waitingId));
        // the cashier refuses to take money for a closed payment
        pay(waiting).statusCode(409).contentType("application/problem+json");

        UUID paidId = UUID.randomUUID();
        pay(created(order(paidId, 3000))).statusCode(200);
        close(paidId).statusCode(200).body("status", equalTo("PAID")).body("paidAt", notNullValue());
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM sandbox_payment WHERE payment_id = ? "
                + "AND status = 'PAID' AND closed_at IS NULL", paidId));

        close(UUID.randomUUID()).statusCode(404);
    }

    @Test
    void refundIsIdempotentAndNeverExceedsThePaidAmount() {
        UUID paymentId = UUID.randomUUID();
        String created = created(order(paymentId, 10000));

        UUID early = UUID.randomUUID();
        refund(early, paymentId, 1000, 10000, "buyer asked").statusCode(200).body("status", equalTo("FAILED"))
                .body("failureReason", equalTo("PAYMENT_NOT_PAID")).body("providerRefundId", nullValue());

        pay(created).statusCode(200);

        UUID r1 = UUID.randomUUID();
        String providerRefundId = refund(r1, paymentId, 3000, 10000, "one jar broken").statusCode(200)
                .body("status", equalTo("SUCCEEDED")).body("refundFen", equalTo(3000))
                .body("providerRefundId", matchesPattern("SBR\\d{24}")).body("failureReason", nullValue())
                .extract().path("providerRefundId");
        refund(r1, paymentId, 3000, 10000, "one jar broken").statusCode(200)
                .body("providerRefundId", equalTo(providerRefundId));
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM sandbox_payment WHERE payment_id = ? "
                + "AND refunded_fen = 3000", paymentId));

        refund(r1, paymentId, 3500, 10000, "changed my mind").statusCode(409).contentType("application/problem+json");

        refund(UUID.randomUUID(), paymentId, 7001, 10000, "all").body("failureReason", equalTo("EXCEEDS_REFUNDABLE"));
        refund(UUID.randomUUID(), paymentId, 100, 9999, "x").body("failureReason", equalTo("TOTAL_MISMATCH"));
        refund(UUID.randomUUID(), paymentId, 0, 10000, "x").body("failureReason", equalTo("INVALID_AMOUNT"));
        refund(UUID.randomUUID(), UUID.randomUUID(), 1, 1, "x").body("failureReason", equalTo("PAYMENT_NOT_FOUND"));

        // the refused early refund id is decided again on the current state: now it succeeds
        refund(early, paymentId, 1000, 10000, "buyer asked").body("status", equalTo("SUCCEEDED"));
        refund(UUID.randomUUID(), paymentId, 6000, 10000, "rest").body("status", equalTo("SUCCEEDED"));
        refund(UUID.randomUUID(), paymentId, 1, 10000, "more").body("failureReason", equalTo("EXCEEDS_REFUNDABLE"));

        assertEquals(1, TestDatabase.count("SELECT count(*) FROM sandbox_payment WHERE payment_id = ? "
                + "AND refunded_fen = 10000", paymentId));
        assertEquals(10000, TestDatabase.count("SELECT coalesce(sum(refund_fen), 0) FROM sandbox_refund "
                + "WHERE payment_id = ? AND status = 'SUCCEEDED'", paymentId));
    }

    @Test
    void concurrentRefundsCannotTogetherExceedThePayment() throws Exception {
        UUID paymentId = UUID.randomUUID();
        pay(created(order(paymentId, 10000))).statusCode(200);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> refund(UUID.randomUUID(), paymentId, 3000, 10000, "race")
                        .statusCode(200).extract().<String>path("status")));
            }
            int succeeded = 0;
            for (Future<String> f : futures) {
                succeeded += "SUCCEEDED".equals(f.get()) ? 1 : 0;
            }
            assertEquals(3, succeeded);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(9000, TestDatabase.count("SELECT refunded_fen FROM sandbox_payment WHERE payment_id = ?",
                paymentId));
    }

    @Test
    void anUnpaidPaymentPastItsDeadlineIsClosed() {
        UUID paymentId = UUID.randomUUID();
        create(Sandbox.order(paymentId, 100, now().plusMinutes(5), notifyUrl.toString())).statusCode(200);
        clock.advance(Duration.ofMinutes(5).minusMillis(1));
        query(paymentId).body("status", equalTo("WAITING"));
        clock.advance(Duration.ofMillis(1));
        query(paymentId).body("status", equalTo("CLOSED"));
        close(paymentId).body("status", equalTo("CLOSED"));
    }

    @Test
    void theSandboxIsReadyWhenItsDatabaseIs() {
        io.restassured.RestAssured.given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"));
    }
}
