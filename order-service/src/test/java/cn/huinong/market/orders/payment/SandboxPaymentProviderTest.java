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
import cn.huinong.market.orders.payment.sandbox.SandboxRefusal;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The provider adapter order-service calls — create, query, close, refund — against the real sandbox process over
 * HTTP (the sandbox's own behaviour in detail is tested in module sandbox-payment).
 */
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
        assertTrue(first.payUrl().endsWith("/api/orders/sandbox-pay/" + first.providerPaymentId()), first.payUrl());

        assertEquals(first, provider.create(order(paymentId, 12800)));
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM sandbox_payment WHERE payment_id = ?", paymentId));

        ProblemException other = assertThrows(ProblemException.class, () -> provider.create(order(paymentId, 12900)));
        assertEquals(ProblemType.CONFLICT, other.type());
        assertEquals("detail.sandbox-pay.payment-mismatch", other.detailKey());

        assertNotEquals(first.providerPaymentId(), provider.create(order(UUID.randomUUID(), 500)).providerPaymentId());
    }

    @Test
    void theProviderIsToldWhereToNotifyUs() {
        UUID paymentId = UUID.randomUUID();
        provider.create(order(paymentId, 100));
        // the test profile's notify-url is a path, resolved against this service's own (random) port
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM sandbox_payment WHERE payment_id = ? AND notify_url "
                + "LIKE 'http://127.0.0.1:%/test/payment-notifications'", paymentId));
    }

    @Test
    void aRequestTheProviderRefusesIsNotRetriedAndKeepsNothing() {
        OffsetDateTime past = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(10);
        assertThrows(SandboxRefusal.class,
                () -> provider.create(new PaymentOrder(UUID.randomUUID(), 100, "CNY", "x", past)));
        assertThrows(SandboxRefusal.class,
                () -> provider.create(new PaymentOrder(UUID.randomUUID(), 0, "CNY", "x", past.plusHours(1))));
        assertEquals(0, TestDatabase.count("SELECT count(*) FROM sandbox_payment"));
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
        assertEquals(new ProviderPayment(paymentId, created.providerPaymentId(), ProviderPaymentStatus.WAITING, 12800,
                null), provider.query(paymentId));

        buyerPays(created.providerPaymentId());
        ProviderPayment paid = provider.query(paymentId);
        assertEquals(ProviderPaymentStatus.PAID, paid.status());
        assertNotNull(paid.paidAt());
        assertEquals(0, paid.paidAt().getNano());
        assertTrue(paid.paidAt().isAfter(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1)));

        assertEquals(ProblemType.NOT_FOUND,
                assertThrows(ProblemException.class, () -> provider.query(UUID.randomUUID())).type());
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
        given().auth().oauth2(TestTokens.token("buyer-1", "buyer"))
                .when().post("/api/orders/sandbox-pay/" + waiting.providerPaymentId() + "/pay").then()
                .statusCode(409).contentType("application/problem+json");

        UUID paidId = UUID.randomUUID();
        buyerPays(provider.create(order(paidId, 3000)).providerPaymentId());
        ProviderPayment lateClose = provider.close(paidId);
        assertEquals(ProviderPaymentStatus.PAID, lateClose.status());
        assertNotNull(lateClose.paidAt());

        assertEquals(ProblemType.NOT_FOUND,
                assertThrows(ProblemException.class, () -> provider.close(UUID.randomUUID())).type());
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
        assertEquals(first, provider.refund(new RefundOrder(r1, paymentId, 3000, 10000, "one jar broken")));

        ProblemException reused = assertThrows(ProblemException.class,
                () -> provider.refund(new RefundOrder(r1, paymentId, 3500, 10000, "changed my mind")));
        assertEquals(ProblemType.CONFLICT, reused.type());
        assertEquals("detail.sandbox-pay.refund-mismatch", reused.detailKey());

        ProviderRefund tooMuch = provider.refund(new RefundOrder(UUID.randomUUID(), paymentId, 7001, 10000, "all"));
        assertEquals("EXCEEDS_REFUNDABLE", tooMuch.failureReason());
        assertEquals(ProviderRefundStatus.SUCCEEDED,
                provider.refund(new RefundOrder(early, paymentId, 1000, 10000, "buyer asked")).status());
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM sandbox_payment WHERE payment_id = ? "
                + "AND refunded_fen = 4000", paymentId));
    }
}
