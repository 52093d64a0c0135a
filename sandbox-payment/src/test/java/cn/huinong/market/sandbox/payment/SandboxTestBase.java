package cn.huinong.market.sandbox.payment;

import cn.huinong.market.common.testing.MutableClock;
import cn.huinong.market.common.testing.TestDatabase;
import io.quarkus.test.common.http.TestHTTPResource;
import jakarta.inject.Inject;
import java.net.URL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every sandbox test starts from: empty books, a merchant endpoint that answers "success", and the provider's
 * clock at the present (left there afterwards too, so no test inherits another's time).
 */
abstract class SandboxTestBase {

    @Inject NotificationRecorder recorder;

    @Inject MutableClock clock;

    /** The merchant's notify URL: the recording endpoint on this test's port. */
    @TestHTTPResource("/test/payment-notifications") URL notifyUrl;

    @BeforeEach
    void clean() {
        TestDatabase.truncateAllExcept();
        recorder.reset();
        clock.reset();
    }

    @AfterEach
    void backToNow() {
        recorder.reset();
        clock.reset();
    }
}
