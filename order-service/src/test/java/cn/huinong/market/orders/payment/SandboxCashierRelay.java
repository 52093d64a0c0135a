package cn.huinong.market.orders.payment;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Test-only: the cashier page's public path on order-service's test port, relayed to the sandbox process — what the
 * gateway does in a local run (it routes {@code /api/orders/sandbox-pay} to the sandbox). Lets the order tests pay
 * the way a buyer does, over HTTP, at the path the pay URL has.
 */
@Path("/api/orders/sandbox-pay/{providerPaymentId}")
@PermitAll
public class SandboxCashierRelay {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @GET
    public Response get(@PathParam("providerPaymentId") String id) {
        return relay(HttpRequest.newBuilder(uri(id, "")).GET());
    }

    @POST
    @Path("pay")
    public Response pay(@PathParam("providerPaymentId") String id) {
        return relay(HttpRequest.newBuilder(uri(id, "/pay")).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private static URI uri(String id, String rest) {
        return URI.create(SandboxProviderProcess.url() + "/api/orders/sandbox-pay/"
                + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8) + rest);
    }

    private static Response relay(HttpRequest.Builder request) {
        try {
            HttpResponse<String> answer = HTTP.send(request.timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return Response.status(answer.statusCode()).entity(answer.body())
                    .type(answer.headers().firstValue("Content-Type").orElse("application/json")).build();
        } catch (IOException e) {
            return Response.status(502).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Response.status(502).build();
        }
    }
}
