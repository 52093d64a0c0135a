package cn.huinong.market.sandbox.payment;

import static cn.huinong.market.sandbox.payment.Sandbox.created;
import static cn.huinong.market.sandbox.payment.Sandbox.pay;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.huinong.market.common.testing.MutableClock;
import cn.huinong.market.common.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A merchant nobody answers for: every delivery is recorded without a status, retried, then given up. */
@QuarkusTest
class SandboxUnreachableMerchantTest {

    private static final String NOBODY = "http://127.0.0.1:1/nobody-listens";

    @Inject SandboxNotifier notifier;

    @Inject MutableClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    private static long attempts() {
        return TestDatabase.count("SELECT count(*) FROM sandbox_notification_attempt");
    }

    private static void awaitAttempts(long n) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (attempts() < n) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("never made delivery " + n);
            }
            Thread.sleep(20);
        }
    }

    @Test
    void deliveriesToAnUnreachableMerchantAreRecordedRetriedAndGivenUp() throws Exception {
        TestDatabase.truncateAllExcept();
        clock.reset();
        pay(created(Sandbox.order(UUID.randomUUID(), 100, OffsetDateTime.now(clock).plusMinutes(30), NOBODY)))
                .statusCode(200);
        awaitAttempts(1); // the first delivery runs on another thread, right after the payment
        // test profile: retry-delays=300ms,300ms,300ms; each is due only once the clock has passed it
        for (int retry = 1; retry <= 3; retry++) {
            notifier.sweep();
            assertEquals(retry, attempts(), "not due yet");
            clock.advance(Duration.ofMillis(300));
            notifier.sweep();
            awaitAttempts(retry + 1);
        }
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM sandbox_notification WHERE status = 'GAVE_UP' "
                + "AND attempts = 4"));
        assertEquals(4, TestDatabase.count("SELECT count(*) FROM sandbox_notification_attempt WHERE http_status "
                + "IS NULL AND NOT acknowledged AND error IS NOT NULL AND url = ?", NOBODY));
    }
}
