package cn.huinong.market.sandbox.payment;

import static cn.huinong.market.sandbox.payment.Sandbox.CASHIER;
import static cn.huinong.market.sandbox.payment.Sandbox.created;
import static cn.huinong.market.sandbox.payment.Sandbox.pay;
import static cn.huinong.market.sandbox.payment.Sandbox.query;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.huinong.market.common.signature.NotificationForm;
import cn.huinong.market.common.signature.RsaSignatures;
import cn.huinong.market.common.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * The sandbox notifies like a real provider: asynchronously, by HTTP POST of an RSA2-signed form to the payment's
 * notify URL (here a recording endpoint on the test's random port), redelivered until acknowledged, every attempt
 * recorded. Redeliveries are due by the provider's clock: the tests move it and run the sweep themselves, so a
 * delivery that should not happen cannot hide behind a sweep that had not run yet.
 */
@QuarkusTest
class SandboxNotificationDeliveryTest extends SandboxTestBase {

    /** The test profile's retry delays: 300ms, 300ms, 300ms (four automatic deliveries, then it gives up). */
    private static final Duration RETRY = Duration.ofMillis(300);

    @Inject SandboxNotifier notifier;

    @Inject SandboxKeys keys;

    /** Waits for what another thread does over real HTTP (the delivery right after a payment). */
    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    private static long attempts() {
        return TestDatabase.count("SELECT count(*) FROM sandbox_notification_attempt");
    }

    private static long withStatus(String status) {
        return TestDatabase.count("SELECT count(*) FROM sandbox_notification WHERE status = ?", status);
    }

    private String payFor(UUID paymentId, long amountFen) {
        String created = created(Sandbox.order(paymentId, amountFen, OffsetDateTime.now(clock).plusMinutes(30),
                notifyUrl.toString()));
        pay(created).statusCode(200);
        return created;
    }

    /** Moves the clock by {@code by}, runs the sweep, and waits until the merchant has received {@code total}. */
    private void sweepAfter(Duration by, int total) throws InterruptedException {
        clock.advance(by);
        notifier.sweep();
        await(total + " deliveries", () -> recorder.received().size() >= total && attempts() >= total);
        assertEquals(total, recorder.received().size());
    }

    /** Nothing is delivered by a sweep now: checked synchronously, as the sweep delivers in the calling thread. */
    private void sweepDeliversNothing(String why) {
        int before = recorder.received().size();
        notifier.sweep();
        assertEquals(before, recorder.received().size(), why);
    }

    private static Map<String, String> single(MultivaluedMap<String, String> form) {
        Map<String, String> params = new HashMap<>();
        form.forEach((key, values) -> params.put(key, values.get(0)));
        return params;
    }

    @Test
    void theNotificationIsDeliveredAfterThePaymentAndVerifies() throws Exception {
        CountDownLatch hold = recorder.holdDeliveries();
        UUID paymentId = UUID.randomUUID();
        String created = payFor(paymentId, 12800);
        // the paying request has returned while the merchant is still holding the delivery: it was not in it
        await("the first delivery", () -> recorder.received().size() == 1);
        assertEquals(0, attempts());
        hold.countDown();
        await("the acknowledgement", () -> withStatus("ACKNOWLEDGED") == 1);

        NotificationRecorder.Received received = recorder.received().get(0);
        assertTrue(received.contentType().startsWith("application/x-www-form-urlencoded"), received.contentType());
        Map<String, String> form = single(received.form());
        assertEquals("RSA2", form.get("sign_type"));
        assertEquals("TRADE_SUCCESS", form.get("trade_status"));
        assertEquals("12800", form.get("total_fee"));
        assertEquals("CNY", form.get("currency"));
        assertEquals("临夏清真牛肉干 ×2", form.get("subject"));
        assertEquals(paymentId.toString(), form.get("out_trade_no"));
        assertEquals(created, form.get("trade_no"));
        assertTrue(RsaSignatures.verify(form, form.get("sign"), keys.providerPublicKey()), "signed by the provider");
        String paidAt = query(paymentId).extract().path("paidAt");
        assertEquals(OffsetDateTime.parse(paidAt).toInstant(), LocalDateTime.parse(form.get("gmt_payment"),
                NotificationForm.TIME).atZone(NotificationForm.CHINA).toInstant());

        assertEquals(1, TestDatabase.count("SELECT count(*) FROM sandbox_notification_attempt "
                + "WHERE acknowledged AND http_status = 200 AND NOT manual AND url = ?", notifyUrl.toString()));
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM sandbox_notification WHERE attempts = 1 "
                + "AND acknowledged_at IS NOT NULL AND next_attempt_at IS NULL"));

        // an acknowledged notification is never sent again, however late the sweep runs
        clock.advance(Duration.ofDays(1));
        sweepDeliversNothing("an acknowledged notification is not sent again");
        assertEquals(1, attempts());
    }

    @Test
    void anUnacknowledgedNotificationIsRedeliveredAfterEachRetryDelayUntilTheMerchantAnswersSuccess()
            throws Exception {
        recorder.refuseNext(2, 200, "fail");
        String created = payFor(UUID.randomUUID(), 3000);
        await("the first delivery", () -> attempts() == 1);

        sweepDeliversNothing("not before the retry delay");
        clock.advance(RETRY.minusMillis(1));
        sweepDeliversNothing("not a millisecond before the retry delay");
        sweepAfter(Duration.ofMillis(1), 2);
        sweepDeliversNothing("the next delay starts again from the refused delivery");
        sweepAfter(RETRY, 3);
        await("the acknowledgement", () -> withStatus("ACKNOWLEDGED") == 1);
        clock.advance(Duration.ofHours(1));
        sweepDeliversNothing("acknowledged");

        List<NotificationRecorder.Received> received = recorder.received();
        assertEquals(3, received.size());
        for (NotificationRecorder.Received r : received) {
            assertEquals(received.get(0).form(), r.form(), "every redelivery is the same signed form");
        }
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM sandbox_notification WHERE attempts = 3"));
        assertEquals(2, TestDatabase.count("SELECT count(*) FROM sandbox_notification_attempt "
                + "WHERE NOT acknowledged AND http_status = 200 AND error LIKE '%fail%'"));
        given().when().get(CASHIER + created + "/notifications").then()
                .statusCode(200).body("", hasSize(1)).body("[0].status", equalTo("ACKNOWLEDGED"))
                .body("[0].automaticAttempts", equalTo(3))
                .body("[0].body", org.hamcrest.Matchers.containsString("sign_type=RSA2"))
                .body("[0].deliveries.acknowledged", equalTo(List.of(false, false, true)));
    }

    @Test
    void answersOtherThanExactlySuccessWith2xxAreRetriedThenGivenUp() throws Exception {
        recorder.refuseNext(100, 500, "success");
        String created = payFor(UUID.randomUUID(), 3000);
        await("the first delivery", () -> attempts() == 1);
        sweepAfter(RETRY, 2);
        sweepAfter(RETRY, 3);
        sweepAfter(RETRY, 4);
        await("giving up", () -> withStatus("GAVE_UP") == 1);
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM sandbox_notification WHERE attempts = 4 "
                + "AND gave_up_at IS NOT NULL AND next_attempt_at IS NULL"));
        assertEquals(4, TestDatabase.count("SELECT count(*) FROM sandbox_notification_attempt "
                + "WHERE NOT acknowledged AND http_status = 500 AND NOT manual"));
        clock.advance(Duration.ofDays(1));
        sweepDeliversNothing("nothing is sent after giving up (sweep included)");

        // an operator can still push it through by hand; the acknowledgement is recorded
        recorder.reset();
        given().when().post(CASHIER + created + "/notifications").then()
                .statusCode(200).body("delivered", equalTo(1)).body("acknowledged", equalTo(1));
        assertEquals(1, withStatus("ACKNOWLEDGED"));
    }

    @Test
    void timesFiveDeliversTheSameSignedNotificationFiveTimes() throws Exception {
        UUID paymentId = UUID.randomUUID();
        String created = payFor(paymentId, 8800);
        await("the automatic delivery", () -> withStatus("ACKNOWLEDGED") == 1);
        recorder.clear();

        given().queryParam("times", 5).when().post(CASHIER + created + "/notifications").then()
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
            Map<String, String> form = single(r.form());
            assertTrue(RsaSignatures.verify(form, form.get("sign"), keys.providerPublicKey()));
            assertEquals(paymentId.toString(), form.get("out_trade_no"));
            assertEquals("8800", form.get("total_fee"));
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
        await("the first delivery", () -> attempts() == 1);
        sweepAfter(RETRY, 2);
        await("the acknowledgement", () -> withStatus("ACKNOWLEDGED") == 1);
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM sandbox_notification_attempt "
                + "WHERE http_status = 503 AND NOT acknowledged"));
    }

    @Test
    void aDeliveryInFlightIsNotTakenTwice() throws Exception {
        CountDownLatch hold = recorder.holdDeliveries();
        payFor(UUID.randomUUID(), 100);
        await("the first delivery", () -> recorder.received().size() == 1);
        // while the merchant holds it, the notification is leased: a sweep, however late, does not send it again
        clock.advance(Duration.ofSeconds(10));
        sweepDeliversNothing("claimed by the delivery in flight");
        hold.countDown();
        await("the acknowledgement", () -> withStatus("ACKNOWLEDGED") == 1);
        assertEquals(1, recorder.received().size());
    }
}
