package cn.huinong.market.orders.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Fault-tolerant face of {@link CatalogApi}. Every call is safe to repeat (reservations are idempotent by
 * checkout id), so transport failures are retried; business refusals ({@link CatalogRefusal}) never are.
 * Whatever still fails comes out as {@link CatalogUnavailable}, so callers handle one exception.
 */
@ApplicationScoped
public class CatalogClient {

    @Inject Raw raw;

    public List<CatalogSku> skus(List<UUID> ids) {
        String joined = ids.stream().map(UUID::toString).collect(Collectors.joining(","));
        return translate(() -> raw.skus(joined));
    }

    public CatalogReservation reserve(UUID checkoutId, int ttlSeconds, List<CatalogReservation.Line> lines) {
        return translate(() -> raw.reserve(new CatalogReservation.Request(checkoutId, ttlSeconds, lines)));
    }

    public CatalogReservation confirm(UUID checkoutId) {
        return translate(() -> raw.confirm(checkoutId));
    }

    public CatalogReservation release(UUID checkoutId) {
        return translate(() -> raw.release(checkoutId));
    }

    private static <T> T translate(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (CatalogRefusal | CatalogUnavailable e) {
            throw e;
        } catch (CircuitBreakerOpenException e) {
            throw new CatalogUnavailable("circuit to catalog-service is open", e);
        } catch (TimeoutException | ProcessingException e) {
            throw new CatalogUnavailable("catalog-service did not answer in time", e);
        } catch (RuntimeException e) {
            throw new CatalogUnavailable("catalog-service call failed: " + e.getMessage(), e);
        }
    }

    /** The guarded calls; a separate bean so the fault-tolerance interceptors apply. */
    @ApplicationScoped
    static class Raw {

        @Inject
        @RestClient CatalogApi api;

        @Timeout(value = 3, unit = ChronoUnit.SECONDS)
        @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = CatalogRefusal.class)
        @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.6, delay = 10, delayUnit = ChronoUnit.SECONDS, skipOn = CatalogRefusal.class)
        List<CatalogSku> skus(String ids) {
            return api.skus(ids);
        }

        @Timeout(value = 5, unit = ChronoUnit.SECONDS)
        @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = CatalogRefusal.class)
        @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.6, delay = 10, delayUnit = ChronoUnit.SECONDS, skipOn = CatalogRefusal.class)
        CatalogReservation reserve(CatalogReservation.Request request) {
            return api.reserve(request);
        }

        @Timeout(value = 3, unit = ChronoUnit.SECONDS)
        @Retry(maxRetries = 3, delay = 300, jitter = 100, abortOn = CatalogRefusal.class)
        @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.6, delay = 10, delayUnit = ChronoUnit.SECONDS, skipOn = CatalogRefusal.class)
        CatalogReservation confirm(UUID checkoutId) {
            return api.confirm(checkoutId);
        }

        @Timeout(value = 3, unit = ChronoUnit.SECONDS)
        @Retry(maxRetries = 3, delay = 300, jitter = 100, abortOn = CatalogRefusal.class)
        @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.6, delay = 10, delayUnit = ChronoUnit.SECONDS, skipOn = CatalogRefusal.class)
        CatalogReservation release(UUID checkoutId) {
            return api.release(checkoutId);
        }
    }
}
