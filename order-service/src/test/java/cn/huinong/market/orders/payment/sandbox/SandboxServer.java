package cn.huinong.market.orders.payment.sandbox;

import cn.huinong.market.orders.payment.SandboxProviderProcess;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Test-only handle on the sandbox provider process (the server itself moved to module {@code sandbox-payment}):
 * reads a paid payment's signed notification from the provider's operator API, so a test can deliver it without
 * waiting for the asynchronous delivery. Keeps the name the order fixtures know it by.
 */
@ApplicationScoped
public class SandboxServer {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The notification the provider made when the payment was paid: its exact signed form body. */
    public static final class Notification {

        public final String notifyId;
        public final String body;

        Notification(String notifyId, String body) {
            this.notifyId = notifyId;
            this.body = body;
        }
    }

    public Notification notificationOf(String providerPaymentId) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(SandboxProviderProcess.url()
                + "/api/orders/sandbox-pay/" + providerPaymentId + "/notifications"))
                .timeout(Duration.ofSeconds(10)).GET().build();
        try {
            HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            JsonPath json = JsonPath.from(answer.body());
            if (answer.statusCode() != 200 || json.getList("").isEmpty()) {
                throw new IllegalStateException("no notification for " + providerPaymentId + ": "
                        + answer.statusCode() + " " + answer.body());
            }
            return new Notification(json.getString("[0].notifyId"), json.getString("[0].body"));
        } catch (IOException e) {
            throw new IllegalStateException("the sandbox payment provider cannot be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
