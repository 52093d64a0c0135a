package cn.huinong.market.gateway.route;

import io.vertx.core.http.HttpClientRequest;

/**
 * Starts the route's timeout once the upstream request exists <em>and</em> the client's body has been sent.
 * Starting it earlier would let a slow upload over weak 4G count against the service and turn into a 504.
 * The timeout itself is Vert.x' idle timeout on the upstream request: it fails the response future with a
 * {@link java.util.concurrent.TimeoutException}, which {@link ServiceProxy} maps to 504.
 */
final class UpstreamDeadline {

    private final long millis;
    private HttpClientRequest upstream;
    private boolean bodySent;

    UpstreamDeadline(long millis) {
        this.millis = millis;
    }

    synchronized void upstreamOpened(HttpClientRequest request) {
        upstream = request;
        armWhenReady();
    }

    synchronized void bodySent() {
        bodySent = true;
        armWhenReady();
    }

    private void armWhenReady() {
        // A service may answer before reading the whole body (e.g. 401); then there is nothing left to time.
        if (upstream != null && bodySent && !upstream.response().isComplete()) {
            upstream.idleTimeout(millis);
        }
    }
}
