package cn.huinong.market.orders.payment;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.common.problem.ProblemType;
import cn.huinong.market.common.testing.TestDatabase;
import cn.huinong.market.common.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The provider API order-service calls: create, query, close, refund — against the sandbox's own tables. */
@QuarkusTest
class SandboxPaymentProviderTest {

    @Inject PaymentProvider provider;

    @Inject NotificationRecorder recorder;

    @BeforeEach
    void clean() {
        TestDatabase.truncateAllExcept();
        recorder.reset();
    }

    static PaymentOrder order(UUID paymentId, long amountFen) {
        return new PaymentOrder(paymentId, amountFen, "CNY", "临夏清真牛肉干 ×2",
                OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(30));
    }

    private void buyerPays(String providerPaymentId) {
        given().auth().oauth2(TestTokens.token("buyer-1", "buyer"))
                .when().post("/api/orders/sandbox-pay/" + providerPaymentId + "/pay").then().statusCode(200);
    }

    @Test
    void theOneProviderIsTheSandbox() {
        assertEquals("sandbox", provider.name());
        assertEquals("success", provider.acknowledgement());
        assertTrue(provider instanceof SandboxPaymentProvider);
    }

    @Test
    void createIsIdempotentByPaymentIdAndRefusesAnotherAmount() {
        UUID paymentId = UUID.randomUUID();
        CreatedPayment first = provider.create(order(paymentId, 12800));
        assertTrue(first.providerPaymentId().matches("SBX\\d{24}"), first.providerPaymentId());
        assertEquals("http://localhost:8080/api/orders/sandbox-pay/" + first.providerPaymentId(), first.payUrl());

        CreatedPayment again = provider.create(order(paymentId, 12800));
        assertEquals(first, again);
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM sandbox_payment WHERE payment_id = ?", paymentId));

        ProblemException other = assertThrows(ProblemException.class, () -> provider.create(order(paymentId, 12900)));
        assertEquals(ProblemType.CONFLICT, other.type());
        assertEquals("detail.sandbox-pay.payment-mismatch", other.detailKey());
        assertEquals(1, TestDatabase.count(
                "SELECT count(*) FROM sandbox_payment WHERE payment_id = ? AND amount_fen = 12800", paymentId));

        CreatedPayment second = provider.create(order(UUID.randomUUID(), 500));
        assertNotEquals(first.providerPaymentId(), second.providerPaymentId());
    }

    @Test
    void createChecksItsInput() {
        OffsetDateTime later = OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(5);
        assertField("amountFen", new PaymentOrder(UUID.randomUUID(), 0, "CNY", "x", later));
        assertField("currency", new PaymentOrder(UUID.randomUUID(), 100, "rmb", "x", later));
        assertField("subject", new PaymentOrder(UUID.randomUUID(), 100, "CNY", " ", later));
        assertField("expiresAt", new PaymentOrder(UUID.randomUUID(), 100, "CNY", "x", later.minusMinutes(10)));
        assertEquals(0, TestDatabase.count("SELECT count(*) FROM sandbox_payment"));
    }

    private void assertField(String field, PaymentOrder order) {
        ProblemException e = assertThrows(ProblemException.class, () -> provider.create(order));
        assertEquals(ProblemType.VALIDATION, e.type());
        assertEquals(field, e.errors().get(0).field());
    }

    @Test
    void createsRaceToOneRow() throws Exception {
        UUID paymentId = UUID.randomUUID();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<CreatedPayment>>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> provider.create(order(paymentId, 4200))));
            }
            CreatedPayment first = futures.get(0).get();
            for (var f : futures) {
                assertEquals(first, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM sandbox_payment WHERE payment_id = ?", paymentId));
    }

    @Test
    void theProviderKeepsItsOwnBooksWhateverTheCallersTransactionDoes() {
        UUID paymentId = UUID.randomUUID();
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            provider.create(order(paymentId, 800));
            throw new IllegalStateException("caller rolls back");
        }));
        assertEquals(ProviderPaymentStatus.WAITING, provider.query(paymentId).status());
    }

    @Test
    void queryShowsTheProvidersState() {
        UUID paymentId = UUID.randomUUID();
        CreatedPayment created = provider.create(order(paymentId, 12800));
        ProviderPayment waiting = provider.query(paymentId);
        assertEquals(new ProviderPayment(paymentId, created.providerPaymentId(), ProviderPaymentStatus.WAITING, 12800,
                null), waiting);

        buyerPays(created.providerPaymentId());
        ProviderPayment paid = provider.query(paymentId);
        assertEquals(ProviderPaymentStatus.PAID, paid.status());
        assertNotNull(paid.paidAt());
        assertEquals(0, paid.paidAt().getNano());
        assertTrue(paid.paidAt().isAfter(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1)));

        ProblemException unknown = assertThrows(ProblemException.class, () -> provider.query(UUID.randomUUID()));
        assertEquals(ProblemType.NOT_FOUND, unknown.type());
    }

    @Test
    void closeStopsAWaitingPaymentAndReportsPaidWhenTheBuyerWonTheRace() {
        UUID waitingId = UUID.randomUUID();
        CreatedPayment waiting = provider.create(order(waitingId, 3000));
        ProviderPayment closed = provider.close(waitingId);
        assertEquals(ProviderPaymentStatus.CLOSED, closed.status());
        assertNull(closed.paidAt());
        assertEquals(ProviderPaymentStatus.CLOSED, provider.close(waitingId).status());
        assertEquals(ProviderPaymentStatus.CLOSED, provider.query(waitingId).status());
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM sandbox_payment WHERE payment_id = ? "
                + "AND status = 'CLOSED' AND closed_at IS NOT NULL", waitingId));
        // the cashier refuses to take money for a closed payment
        given().auth().oauth2(TestTokens.token("buyer-1", "buyer"))
                .when().post("/api/orders/sandbox-pay/" + waiting.providerPaymentId() + "/pay").then()
                .statusCode(409).contentType("application/problem+json");

        UUID paidId = UUID.randomUUID();
        CreatedPayment paid = provider.create(order(paidId, 3000));
        buyerPays(paid.providerPaymentId());
        ProviderPayment lateClose = provider.close(paidId);
        assertEquals(ProviderPaymentStatus.PAID, lateClose.status());
        assertNotNull(lateClose.paidAt());
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM sandbox_payment WHERE payment_id = ? "
                + "AND status = 'PAID' AND closed_at IS NULL", paidId));
    }

    @Test
    void refundIsIdempotentAndNeverExceedsThePaidAmount() {
        UUID paymentId = UUID.randomUUID();
        CreatedPayment created = provider.create(order(paymentId, 10000));

        UUID early = UUID.randomUUID();
        ProviderRefund notPaid = provider.refund(new RefundOrder(early, paymentId, 1000, 10000, "buyer asked"));
        assertEquals(ProviderRefundStatus.FAILED, notPaid.status());
        assertEquals("PAYMENT_NOT_PAID", notPaid.failureReason());
        assertNull(notPaid.providerRefundId());

        buyerPays(created.providerPaymentId());

        UUID r1 = UUID.randomUUID();
        ProviderRefund first = provider.refund(new RefundOrder(r1, paymentId, 3000, 10000, "one jar broken"));
        assertEquals(ProviderRefundStatus.SUCCEEDED, first.status());
        assertEquals(3000, first.refundFen());
        assertTrue(first.providerRefundId().matches("SBR\\d{24}"));
        assertNull(first.failureReason());
        assertEquals(first, provider.refund(new RefundOrder(r1, paymentId, 3000, 10000, "one jar broken")));
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM sandbox_payment WHERE payment_id = ? "
                + "AND refunded_fen = 3000", paymentId));

        ProblemException reused = assertThrows(ProblemException.class,
                () -> provider.refund(new RefundOrder(r1, paymentId, 3500, 10000, "changed my mind")));
        assertEquals(ProblemType.CONFLICT, reused.type());

        ProviderRefund tooMuch = provider.refund(new RefundOrder(UUID.randomUUID(), paymentId, 7001, 10000, "all"));
        assertEquals(ProviderRefundStatus.FAILED, tooMuch.status());
        assertEquals("EXCEEDS_REFUNDABLE", tooMuch.failureReason());

        ProviderRefund wrongTotal = provider.refund(new RefundOrder(UUID.randomUUID(), paymentId, 100, 9999, "x"));
        assertEquals("TOTAL_MISMATCH", wrongTotal.failureReason());
        ProviderRefund zero = provider.refund(new RefundOrder(UUID.randomUUID(), paymentId, 0, 10000, "x"));
        assertEquals("INVALID_AMOUNT", zero.failureReason());
        ProviderRefund unknown = provider.refund(new RefundOrder(UUID.randomUUID(), UUID.randomUUID(), 1, 1, "x"));
        assertEquals("PAYMENT_NOT_FOUND", unknown.failureReason());

        // the refused early refund id is decided again on the current state: now it succeeds
        ProviderRefund retried = provider.refund(new RefundOrder(early, paymentId, 1000, 10000, "buyer asked"));
        assertEquals(ProviderRefundStatus.SUCCEEDED, retried.status());

        ProviderRefund rest = provider.refund(new RefundOrder(UUID.randomUUID(), paymentId, 6000, 10000, "rest"));
        assertEquals(ProviderRefundStatus.SUCCEEDED, rest.status());
        ProviderRefund oneMore = provider.refund(new RefundOrder(UUID.randomUUID(), paymentId, 1, 10000, "more"));
        assertEquals("EXCEEDS_REFUNDABLE", oneMore.failureReason());

        assertEquals(1, TestDatabase.count("SELECT count(*) FROM sandbox_payment WHERE payment_id = ? "
                + "AND refunded_fen = 10000", paymentId));
        assertEquals(10000, TestDatabase.count("SELECT coalesce(sum(refund_fen), 0) FROM sandbox_refund "
                + "WHERE payment_id = ? AND status = 'SUCCEEDED'", paymentId));
    }

    @Test
    void concurrentRefundsCannotTogetherExceedThePayment() throws Exception {
        UUID paymentId = UUID.randomUUID();
        buyerPays(provider.create(order(paymentId, 10000)).providerPaymentId());
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<ProviderRefund>>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> provider.refund(
                        new RefundOrder(UUID.randomUUID(), paymentId, 3000, 10000, "race"))));
            }
            int succeeded = 0;
            for (var f : futures) {
                succeeded += f.get().status() == ProviderRefundStatus.SUCCEEDED ? 1 : 0;
            }
            assertEquals(3, succeeded);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(9000, TestDatabase.count("SELECT refunded_fen FROM sandbox_payment WHERE payment_id = ?",
                paymentId));
    }

    @Test
    void anUnpaidPaymentPastItsDeadlineIsClosed() throws Exception {
        UUID paymentId = UUID.randomUUID();
        provider.create(new PaymentOrder(paymentId, 100, "CNY", "x",
                OffsetDateTime.now(ZoneOffset.UTC).plus(700, ChronoUnit.MILLIS)));
        assertEquals(ProviderPaymentStatus.WAITING, provider.query(paymentId).status());
        Thread.sleep(900);
        assertEquals(ProviderPaymentStatus.CLOSED, provider.query(paymentId).status());
        assertEquals(ProviderPaymentStatus.CLOSED, provider.close(paymentId).status());
    }
}
