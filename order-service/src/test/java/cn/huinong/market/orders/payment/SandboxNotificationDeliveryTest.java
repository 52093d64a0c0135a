package cn.huinong.market.orders.payment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.huinong.market.common.testing.TestDatabase;
import cn.huinong.market.common.testing.TestTokens;
import cn.huinong.market.orders.payment.sandbox.SandboxNotifier;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sandbox notifies like a real provider: asynchronously, by HTTP POST of an RSA2-signed form to the notify URL
 * (here a recording endpoint on the test's random port), redelivered until acknowledged, every attempt recorded.
 */
@QuarkusTest
class SandboxNotificationDeliveryTest {

    private static final String PATH = "/api/orders/sandbox-pay/";

    @Inject PaymentProvider provider;

    @Inject NotificationRecorder recorder;

    @Inject SandboxNotifier notifier;

    @TestHTTPResource("/test/payment-notifications") URL recorderUrl;

    private final String admin = TestTokens.token("admin-1", "admin");

    @BeforeEach
    void clean() {
        TestDatabase.truncateAllExcept();
        recorder.reset();
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }

    private CreatedPayment payFor(UUID paymentId, long amountFen) {
        CreatedPayment created = provider.create(SandboxPaymentProviderTest.order(paymentId, amountFen));
        given().auth().oauth2(TestTokens.token("buyer-1", "buyer")).when()
                .post(PATH + created.providerPaymentId() + "/pay").then().statusCode(200);
        return created;
    }

    @Test
    void theDefaultRelativeNotifyUrlResolvesToTheRunningPort() {
        assertEquals(recorderUrl.toString().replace("localhost", "127.0.0.1"), notifier.notifyUrl());
    }

    @Test
    void theNotificationIsDeliveredAfterThePaymentAndVerifies() throws Exception {
        CountDownLatch hold = recorder.holdDeliveries();
        UUID paymentId = UUID.randomUUID();
        CreatedPayment created = payFor(paymentId, 12800);
        // the paying request has returned while the merchant is still holding the delivery: it was not in it
        await("the first delivery", () -> recorder.received().size() == 1);
        assertEquals(0, TestDatabase.count("SELECT count(*) FROM sandbox_notification_attempt"));
        hold.countDown();
        await("the acknowledgement", () -> TestDatabase.count(
                "SELECT count(*) FROM sandbox_notification WHERE status = 'ACKNOWLEDGED'") == 1);

        NotificationRecorder.Received received = recorder.received().get(0);
        assertTrue(received.contentType().startsWith("application/x-www-form-urlencoded"), received.contentType());
        assertEquals("RSA2", received.form().getFirst("sign_type"));
        assertEquals("TRADE_SUCCESS", received.form().getFirst("trade_status"));
        assertEquals("12800", received.form().getFirst("total_fee"));
        assertEquals("CNY", received.form().getFirst("currency"));
        assertEquals("临夏清真牛肉干 ×2", received.form().getFirst("subject"));

        PaymentNotification n = provider.verify(received.form());
        ProviderPayment queried = provider.query(paymentId);
        assertEquals(new PaymentNotification(received.form().getFirst("notify_id"), paymentId,
                created.providerPaymentId(), ProviderPaymentStatus.PAID, 12800, queried.paidAt()), n);

        assertEquals(1, TestDatabase.count("SELECT count(*) FROM sandbox_notification_attempt "
                + "WHERE acknowledged AND http_status = 200 AND NOT manual"));
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM sandbox_notification WHERE attempts = 1 "
                + "AND acknowledged_at IS NOT NULL AND next_attempt_at IS NULL"));
        Thread.sleep(500);
        assertEquals(1, recorder.received().size(), "an acknowledged notification is not sent again");
    }

    @Test
    void anUnacknowledgedNotificationIsRedeliveredUntilTheMerchantAnswersSuccess() throws Exception {
        recorder.refuseNext(2, 200, "fail");
        CreatedPayment created = payFor(UUID.randomUUID(), 3000);
        await("acknowledgement", () -> TestDatabase.count(
                "SELECT count(*) FROM sandbox_notification WHERE status = 'ACKNOWLEDGED'") == 1);
        Thread.sleep(800);
        List<NotificationRecorder.Received> received = recorder.received();
        assertEquals(3, received.size());
        for (int i = 1; i < received.size(); i++) {
            long gapMs = (received.get(i).receivedAtNanos() - received.get(i - 1).receivedAtNanos()) / 1_000_000;
            assertTrue(gapMs >= 250, "redelivery waits the retry delay (300ms in tests), waited " + gapMs);
            assertEquals(received.get(0).form(), received.get(i).form(), "every redelivery is the same signed form");
        }
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM sandbox_notification WHERE attempts = 3"));
        assertEquals(2, TestDatabase.count("SELECT count(*) FROM sandbox_notification_attempt "
                + "WHERE NOT acknowledged AND http_status = 200 AND error LIKE '%fail%'"));
        given().auth().oauth2(admin).when().get(PATH + created.providerPaymentId() + "/notifications").then()
                .statusCode(200).body("", hasSize(1)).body("[0].status", equalTo("ACKNOWLEDGED"))
                .body("[0].automaticAttempts", equalTo(3))
                .body("[0].deliveries.acknowledged", equalTo(List.of(false, false, true)));
    }

    @Test
    void answersOtherThanExactlySuccessWith2xxAreRetriedThenGivenUp() throws Exception {
        // test profile: retry-delays=300ms,300ms,300ms → 4 automatic deliveries, then give up
        recorder.refuseNext(100, 500, "success");
        CreatedPayment created = payFor(UUID.randomUUID(), 3000);
        await("giving up", () -> TestDatabase.count(
                "SELECT count(*) FROM sandbox_notification WHERE status = 'GAVE_UP'") == 1);
        assertEquals(4, recorder.received().size());
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM sandbox_notification WHERE attempts = 4 "
                + "AND gave_up_at IS NOT NULL AND next_attempt_at IS NULL"));
        assertEquals(4, TestDatabase.count("SELECT count(*) FROM sandbox_notification_attempt "
                + "WHERE NOT acknowledged AND http_status = 500 AND NOT manual"));
        Thread.sleep(1500);
        assertEquals(4, recorder.received().size(), "nothing is sent after giving up (sweep included)");

        // an operator can still push it through by hand; the acknowledgement is recorded
        recorder.reset();
        given().auth().oauth2(admin).when().post(PATH + created.providerPaymentId() + "/notifications").then()
                .statusCode(200).body("delivered", equalTo(1)).body("acknowledged", equalTo(1));
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM sandbox_notification WHERE status = 'ACKNOWLEDGED'"));
    }

    @Test
    void timesFiveDeliversTheSameSignedNotificationFiveTimes() throws Exception {
        UUID paymentId = UUID.randomUUID();
        CreatedPayment created = payFor(paymentId, 8800);
        await("the automatic delivery", () -> TestDatabase.count(
                "SELECT count(*) FROM sandbox_notification WHERE status = 'ACKNOWLEDGED'") == 1);
        recorder.clear();

        given().auth().oauth2(TestTokens.token("order-service", "service")).queryParam("times", 5)
                .when().post(PATH + created.providerPaymentId() + "/notifications").then()
                .statusCode(200)
                .body("delivered", equalTo(5))
                .body("acknowledged", equalTo(5))
                .body("deliveries", hasSize(5))
                .body("deliveries.httpStatus", everyItem(equalTo(200)))
                .body("deliveries.manual", everyItem(equalTo(true)));

        assertEquals(5, recorder.received().size());
        var first = recorder.received().get(0).form();
        for (NotificationRecorder.Received r : recorder.received()) {
            assertEquals(first, r.form());
            PaymentNotification n = provider.verify(r.form());
            assertEquals(paymentId, n.paymentId());
            assertEquals(8800, n.amountFen());
        }
        String notifyId = first.getFirst("notify_id");
        assertEquals(6, TestDatabase.count("SELECT count(*) FROM sandbox_notification_attempt WHERE notify_id = ?",
                notifyId));
        assertEquals(5, TestDatabase.count("SELECT count(*) FROM sandbox_notification_attempt "
                + "WHERE notify_id = ? AND manual AND acknowledged", notifyId));
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM sandbox_notification"));
    }

    @Test
    void aServerErrorAnswerIsRecordedAndRetried() throws Exception {
        // a 5xx answer is one more failed delivery: recorded, then retried
        recorder.refuseNext(1, 503, "busy");
        payFor(UUID.randomUUID(), 100);
        await("retry then acknowledgement", () -> TestDatabase.count(
                "SELECT count(*) FROM sandbox_notification WHERE status = 'ACKNOWLEDGED'") == 1);
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM sandbox_notification_attempt "
                + "WHERE http_status = 503 AND NOT acknowledged"));
        assertEquals(2, recorder.received().size());
    }
}
