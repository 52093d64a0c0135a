package cn.huinong.market.sandbox.payment;

import cn.huinong.market.common.testing.MutableClock;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The one clock of the sandbox in tests (a {@link java.time.Clock} bean too, replacing common's): it stands still
 * until a test moves it.
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
