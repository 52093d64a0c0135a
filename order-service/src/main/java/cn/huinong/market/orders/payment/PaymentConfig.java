package cn.huinong.market.orders.payment;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Payment settings; today only the sandbox provider, a separate process (module {@code sandbox-payment}) that plays
 * Alipay / WeChat Pay. Order-service holds only what a merchant holds: where the provider is, where it should send
 * notifications, and the provider's public key.
 */
@ConfigMapping(prefix = "huinong.orders.payment")
public interface PaymentConfig {

    Sandbox sandbox();

    interface Sandbox {

        /**
         * Where order-service asks the provider to POST notifications (sent with each payment it creates). An
         * absolute URL, or a path starting with {@code /}, which is resolved against this service's own running HTTP
         * port (8082 in a local run, the random port in tests).
         */
        @WithDefault("/api/orders/payments/notifications/sandbox")
        String notifyUrl();

        /** The provider's RSA public key (X.509, base64): the merchant side verifies notifications with it. */
        String providerPublicKey();
    }
}
