package cn.huinong.market.orders.payment.sandbox;

import cn.huinong.market.common.signature.RsaSignatures;
import cn.huinong.market.orders.payment.PaymentConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.PublicKey;

/**
 * The sandbox provider's public key, read once from configuration: all a merchant is given to verify notifications.
 * The private key lives only in the sandbox provider's own process.
 */
@ApplicationScoped
public class SandboxKeys {

    private final PublicKey providerPublicKey;

    @Inject
    public SandboxKeys(PaymentConfig config) {
        this.providerPublicKey = RsaSignatures.publicKey(config.sandbox().providerPublicKey(),
                "huinong.orders.payment.sandbox.provider-public-key");
    }

    /** Merchant side: verifies what the provider sent. */
    public PublicKey providerPublicKey() {
        return providerPublicKey;
    }
}
