package cn.huinong.market.training.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The two upstream reads of incubation, with the fault tolerance every background call needs: a couple of quick
 * retries for a blip, and a circuit breaker so a down service is not hammered by every poll. Connect and read
 * timeouts are the rest clients' (quarkus.rest-client.order-feed.* / catalog.*).
 */
@ApplicationScoped
public class Upstreams {

    @Inject
    @RestClient OrderFeedClient feed;

    @Inject
    @RestClient CatalogShopClient catalog;

    @Retry(maxRetries = 2, delay = 200, jitter = 100)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS)
    public FeedPage events(long after, int limit) {
        return feed.events(Long.toString(after), limit);
    }

    /**
     * When catalog first approved the shop; empty when it was never approved or catalog does not know it (404 is
     * an answer, not a failure: it neither retries nor counts against the breaker).
     */
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = NotAShop.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS, skipOn = NotAShop.class)
    public Optional<OffsetDateTime> approvedAt(UUID shopId) {
        try {
            return catalog.history(shopId).stream()
                    .filter(t -> "APPROVED".equals(t.to()) && t.at() != null)
                    .map(ShopTransition::at)
                    .min(Comparator.naturalOrder());
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                throw new NotAShop(shopId);
            }
            throw e;
        }
    }

    /** Catalog answered 404 for the shop. */
    public static final class NotAShop extends RuntimeException {

        public NotAShop(UUID shopId) {
            super("catalog knows no shop " + shopId, null, false, false);
        }
    }
}
