package cn.huinong.market.common.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock a test moves by hand: it stands still until told, so expiry, deadlines and sweeps are tested by moving
 * time forward instead of sleeping. It is the {@link Clock} bean (replacing common's) of every service whose tests
 * index this test-jar ({@code %test.quarkus.index-dependency.common-testing.*}); a service that does not may produce
 * it itself. {@link #reset()} returns it to the wall clock's present.
 */
@Singleton
@Alternative
@Priority(1)
public final class MutableClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    public MutableClock() {
        this(Instant.now(), ZoneOffset.UTC);
    }

    public MutableClock(Instant start, ZoneId zone) {
        this.now = new AtomicReference<>(start);
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId otherZone) {
        MutableClock sameInstant = new MutableClock(instant(), otherZone);
        return sameInstant;
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    public void advance(Duration by) {
        now.updateAndGet(t -> t.plus(by));
    }

    public void set(Instant instant) {
        now.set(instant);
    }

    public void reset() {
        now.set(Instant.now());
    }
}
