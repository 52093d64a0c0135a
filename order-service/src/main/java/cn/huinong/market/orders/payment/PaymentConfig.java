package cn.huinong.market.orders.payment;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** Payment settings; today only the sandbox provider, which plays the provider's own server inside order-service. */
@ConfigMapping(prefix = "huinong.orders.payment")
public interface PaymentConfig {

    Sandbox sandbox();

    interface Sandbox {

        /** Base URL of the sandbox cashier page; a payment's payUrl is {@code <public-url>/<providerPaymentId>}. */
        @WithDefault("http://localhost:8080/api/orders/sandbox-pay")
        String publicUrl();

        /**
         * Where the sandbox POSTs its notifications. An absolute URL, or a path starting with {@code /}, which is
         * resolved against this service's own running HTTP port (8082 in a local run, the random port in tests).
         */
        @WithDefault("/api/orders/payments/notifications/sandbox")
        String notifyUrl();

        /** The provider's RSA private key (PKCS#8, base64): signs notifications. Only the "provider" holds it. */
        String providerPrivateKey();

        /** The provider's RSA public key (X.509, base64): the merchant side verifies notifications with it. */
        String providerPublicKey();

        /** Waits before each redelivery of an unacknowledged notification; after the last one it gives up. */
        @WithDefault("1s,5s,30s,2m,10m")
        List<Duration> retryDelays();

        /** How often due deliveries are picked up from the table (catches deliveries whose timer was lost). */
        @WithDefault("5s")
        String sweepEvery();

        @WithDefault("5s")
        Duration connectTimeout();

        /** Longest wait for the merchant's answer to one delivery. */
        @WithDefault("10s")
        Duration requestTimeout();
    }
}
