package cn.huinong.market.catalog;

import cn.huinong.market.common.testing.MutableClock;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The catalog's clock in tests: common's {@link MutableClock}, injected wherever the service asks for a
 * {@code Clock}. Tests move it ({@code @Inject MutableClock clock; clock.advance(...)}) instead of sleeping or
 * back-dating rows; before every test it is set back to the wall clock's present (registered in
 * META-INF/services), so rows the fixtures write with the database's {@code now()} agree with it.
 */
@Singleton
public class TestClock implements QuarkusTestBeforeEachCallback {

    private static final MutableClock CLOCK = new MutableClock();

    @Produces
    @Alternative
    @Priority(1)
    @Singleton
    MutableClock clock() {
        return CLOCK;
    }

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        CLOCK.reset();
    }
}
