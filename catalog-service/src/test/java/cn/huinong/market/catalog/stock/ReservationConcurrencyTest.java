package cn.huinong.market.catalog.stock;

import static cn.huinong.market.catalog.stock.InventoryFixtures.activelyReserved;
import static cn.huinong.market.catalog.stock.InventoryFixtures.number;
import static cn.huinong.market.catalog.stock.InventoryFixtures.onHand;
import static cn.huinong.market.catalog.stock.InventoryFixtures.reserved;
import static cn.huinong.market.catalog.stock.InventoryFixtures.sellableSku;
import static cn.huinong.market.catalog.stock.InventoryFixtures.stock;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.huinong.market.common.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Many checkouts at the same moment: nothing oversold, nothing reserved twice. */
@QuarkusTest
class ReservationConcurrencyTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeEach
    void cleanDatabase() {
        TestDatabase.truncateAllExcept();
    }

    @Test
    void twoHundredCheckoutsForFiveUnitsSellExactlyFive() throws Exception {
        UUID sku = sellableSku("seller-ma");
        stock(sku, 5);

        Map<Integer, Integer> statuses = fire(200, i -> body(UUID.randomUUID(), sku, 1));

        assertEquals(Map.of(201, 5, 409, 195), statuses);
        assertEquals(5, onHand(sku));
        assertEquals(5, reserved(sku));
        assertEquals(5, activelyReserved(sku));
        assertEquals(5, number("SELECT count(*) FROM reservation WHERE status = 'ACTIVE'"));
    }

    @Test
    void tenIdenticalRequestsMakeOneReservation() throws Exception {
        UUID sku = sellableSku("seller-ma");
        stock(sku, 100);
        UUID checkout = UUID.randomUUID();

        Map<Integer, Integer> statuses = fire(10, i -> body(checkout, sku, 3));

        assertEquals(Map.of(201, 1, 200, 9), statuses);
        assertEquals(1, number("SELECT count(*) FROM reservation"));
        assertEquals(1, number("SELECT count(*) FROM reservation_line"));
        assertEquals(3, reserved(sku));
    }

    private static String body(UUID checkout, UUID sku, int quantity) {
        return "{\"checkoutId\":\"" + checkout + "\",\"lines\":[{\"skuId\":\"" + sku + "\",\"quantity\":" + quantity
                + "}]}";
    }

    /** Sends {@code count} reservation requests at once; returns how many got each status. */
    private Map<Integer, Integer> fire(int count, IntFunction<String> bodies) throws Exception {
        URI uri = URI.create("http://localhost:" + RestAssured.port + ReservationResourceTest.PATH);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(count, 50));
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                HttpRequest request = HttpRequest.newBuilder(uri)
                        .header("Authorization", "Bearer " + ReservationResourceTest.SERVICE)
                        .header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofString(bodies.apply(i)))
                        .build();
                Callable<Integer> send = () -> {
                    start.await();
                    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                };
                results.add(pool.submit(send));
            }
            start.countDown();
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (Future<Integer> result : results) {
                statuses.merge(result.get(), 1, Integer::sum);
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
