package cn.huinong.market.sandbox.payment;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** The sandbox provider's settings (prefix {@code huinong.sandbox}). */
@ConfigMapping(prefix = "huinong.sandbox")
public interface SandboxConfig {

    /** Base URL of the cashier page; a payment's payUrl is {@code <public-url>/<providerPaymentId>}. */
    String publicUrl();

    /** The provider's RSA private key (PKCS#8, base64): signs notifications. Only the provider holds it. */
    String providerPrivateKey();

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
