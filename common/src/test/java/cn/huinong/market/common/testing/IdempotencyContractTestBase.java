package cn.huinong.market.common.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The Idempotency-Key contract (DESIGN.md): the same key and body return the same response and the work is
 * done once, even when requests race; the same key with another body is a 422.
 */
public abstract class IdempotencyContractTestBase {

    private final ContractEndpoint endpoint;

    protected IdempotencyContractTestBase(ContractEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    private Map<String, Object> newBody(UUID id, int variant) {
        return endpoint.newBody().apply(id, variant);
    }

    private long storedCount(UUID id) {
        return endpoint.storedCount(id);
    }

    private Response post(String key, Map<String, Object> body) {
        return given().header("Idempotency-Key", key).auth().oauth2(endpoint.writer().token())
                .contentType(ContentType.JSON).body(body).when().post(endpoint.path());
    }

    @Test
    void replayReturnsTheStoredResponse() {
        UUID id = UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        Response first = post(key, newBody(id, 1));
        Response again = post(key, newBody(id, 1));
        assertEquals(201, first.statusCode(), first.asString());
        assertEquals(201, again.statusCode());
        assertEquals(first.asString(), again.asString());
        assertEquals(first.header("Location"), again.header("Location"));
        assertEquals("true", again.header("Idempotent-Replayed"));
        // A replay is read by the same client code as the first answer, so it must say JSON too.
        assertTrue(first.contentType().startsWith("application/json"), first.contentType());
        assertEquals(first.contentType(), again.contentType());
        assertEquals(1, storedCount(id));
    }

    @Test
    void racingTwinsDoTheWorkOnce() throws Exception {
        UUID id = UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        int twins = 10;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(twins);
        try {
            List<Future<Response>> results = new ArrayList<>();
            for (int i = 0; i < twins; i++) {
                Callable<Response> call = () -> {
                    start.await();
                    return post(key, newBody(id, 1));
                };
                results.add(pool.submit(call));
            }
            start.countDown();
            Set<String> bodies = new HashSet<>();
            for (Future<Response> result : results) {
                Response response = result.get();
                assertEquals(201, response.statusCode(), response.asString());
                bodies.add(response.asString());
            }
            assertEquals(1, bodies.size(), "every twin must see the first response");
            assertEquals(1, storedCount(id));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void sameKeyWithAnotherBodyIs422() {
        UUID id = UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        post(key, newBody(id, 1)).then().statusCode(201);
        post(key, newBody(id, 2)).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://huinong.market/problems/idempotency-key-reused"));
        assertEquals(1, storedCount(id));
    }

    @Test
    void keysAreScopedToTheCaller() {
        String key = UUID.randomUUID().toString();
        UUID first = UUID.randomUUID();
        post(key, newBody(first, 1)).then().statusCode(201);
        UUID second = UUID.randomUUID();
        given().header("Idempotency-Key", key).auth().oauth2(endpoint.otherWriter().token())
                .contentType(ContentType.JSON).body(newBody(second, 1)).when().post(endpoint.path())
                .then().statusCode(201);
        assertEquals(1, storedCount(second));
    }
}
