package cn.huinong.market.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Requests RestAssured cannot make: raw, unnormalized paths and chunked bodies of unknown length. */
@QuarkusTest
@WithTestResource(StubBackends.class)
class GatewayEdgeCasesTest {

    @TestHTTPResource("/") URI gateway;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @Test
    void dotSegmentsThatWouldChangeTheRouteAreRefused() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(gateway.resolve("/api/catalog/../orders/payouts"))
                .GET());
        assertEquals(400, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        JsonObject problem = new JsonObject(response.body());
        assertEquals("https://huinong.market/problems/bad-request", problem.getString("type"));
        assertEquals(response.headers().firstValue("X-Request-Id").orElseThrow(), problem.getString("requestId"));
    }

    @Test
    void chunkedBodyOverTheLimitIsCutOffWithPayloadTooLarge() throws Exception {
        byte[] body = new byte[256 * 1024];
        // Small enough to fit the loopback socket buffers, so the client has written it all when the answer comes.
        HttpResponse<String> response = send(HttpRequest.newBuilder(gateway.resolve("/api/catalog/images"))
                .header("Content-Type", "application/octet-stream")
                .header("Accept-Language", "zh-CN")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
        assertEquals(413, response.statusCode(), response.body());
        JsonObject problem = new JsonObject(response.body());
        assertEquals("https://huinong.market/problems/payload-too-large", problem.getString("type"));
        assertEquals(413, problem.getInteger("status"));
        assertEquals("请求体过大", problem.getString("title"));
        assertEquals(response.headers().firstValue("X-Request-Id").orElseThrow(), problem.getString("requestId"));
    }

    @Test
    void chunkedBodyUnderTheLimitIsStreamedThrough() throws Exception {
        byte[] body = "walnuts,".repeat(1000).getBytes();
        HttpResponse<String> response = send(HttpRequest.newBuilder(gateway.resolve("/api/catalog/imports?kind=csv"))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
        assertEquals(201, response.statusCode());
        JsonObject echo = new JsonObject(response.body());
        assertEquals(new String(body), echo.getString("body"));
        assertEquals("/api/catalog/imports?kind=csv", echo.getString("uri"));
        assertTrue(echo.getJsonObject("headers").getString("transfer-encoding", "").contains("chunked"));
    }

    @Test
    void slowUploadDoesNotCountAgainstTheServiceTimeout() throws Exception {
        // Orders has a 1s timeout here; this upload alone takes about 2s, as on a weak mobile link.
        HttpResponse<String> response = send(HttpRequest.newBuilder(gateway.resolve("/api/orders/after-sales/3/photos"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new SlowStream("photo-part;", 5, 400))));
        assertEquals(201, response.statusCode(), response.body());
        assertEquals("photo-part;".repeat(5), new JsonObject(response.body()).getString("body"));
    }

    /** Yields one part, then waits, like a phone on a weak 4G link. */
    private static final class SlowStream extends InputStream {

        private final byte[] part;
        private int partsLeft;
        private final long pauseMillis;
        private int position;

        SlowStream(String part, int parts, long pauseMillis) {
            this.part = part.getBytes();
            this.partsLeft = parts;
            this.pauseMillis = pauseMillis;
        }

        @Override
        public int read() {
            throw new UnsupportedOperationException("read in parts");
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (partsLeft == 0) {
                return -1;
            }
            if (position == 0) {
                try {
                    Thread.sleep(pauseMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
            }
            int count = Math.min(length, part.length - position);
            System.arraycopy(part, position, buffer, offset, count);
            position += count;
            if (position == part.length) {
                position = 0;
                partsLeft--;
            }
            return count;
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
