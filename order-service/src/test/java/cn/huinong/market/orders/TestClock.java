package cn.huinong.market.orders;

import cn.huinong.market.common.testing.MutableClock;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The one clock of order-service in tests: it stands still until a test moves it, so deadlines (payment window,
 * ship-by, auto-completion, dispute window, refund retries) are tested by moving time and running the jobs directly,
 * never by sleeping. Tests that move it call {@code reset()} first, so every test starts at the present.
 */
public class TestClock {

    @Produces
    @Singleton
    @Alternative
    @Priority(1)
    MutableClock clock() {
        return new MutableClock();
    }
}
