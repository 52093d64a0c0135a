package cn.huinong.market.common.testing;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test-only merchant endpoint for the sandbox payment provider's notifications, for both halves' tests (the
 * provider's, which deliver to it, and order-service's, whose payments are notified there): records every form it
 * receives and answers as told — "success" by default, something else for the first K deliveries, or holds a
 * delivery until released (to prove the delivery is not made in the paying request).
 *
 * <p>A service's tests subclass it as an {@code @ApplicationScoped} bean with the {@code @Path} its test profile's
 * notify-url names; the POST method is inherited, so common's test-jar must be indexed
 * ({@code %test.quarkus.index-dependency.common-testing.*}).
 */
public abstract class PaymentNotificationRecorder {

    public record Received(MultivaluedMap<String, String> form, String contentType, long receivedAtNanos) {
    }

    // Fields are reached only through methods: a test injects the client proxy, whose own fields are not the bean's.
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger refuseFirst = new AtomicInteger();
    private volatile int refusalStatus = 200;
    private volatile String refusalBody = "fail";
    private volatile CountDownLatch hold;

    /** Everything received since the last reset or clear, oldest first. */
    public List<Received> received() {
        return received;
    }

    public void clear() {
        received.clear();
    }

    public void reset() {
        received.clear();
        refuseFirst.set(0);
        refusalStatus = 200;
        refusalBody = "fail";
        CountDownLatch h = hold;
        hold = null;
        if (h != null) {
            h.countDown();
        }
    }

    /** The next {@code k} deliveries are answered with this status and body instead of a 200 "success". */
    public void refuseNext(int k, int status, String body) {
        refusalStatus = status;
        refusalBody = body;
        refuseFirst.set(k);
    }

    public CountDownLatch holdDeliveries() {
        CountDownLatch latch = new CountDownLatch(1);
        hold = latch;
        return latch;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_PLAIN)
    public Response notify(MultivaluedMap<String, String> form, @HeaderParam("Content-Type") String contentType) {
        received.add(new Received(new MultivaluedHashMap<>(form), contentType, System.nanoTime()));
        CountDownLatch h = hold;
        if (h != null) {
            try {
                h.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (refuseFirst.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return Response.status(refusalStatus).entity(refusalBody).type(MediaType.TEXT_PLAIN).build();
        }
        return Response.ok("success", MediaType.TEXT_PLAIN).build();
    }
}
