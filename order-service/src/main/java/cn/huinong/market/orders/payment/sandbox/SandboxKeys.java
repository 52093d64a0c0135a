package cn.huinong.market.orders.payment.sandbox;

import cn.huinong.market.orders.payment.PaymentConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.security.PublicKey;

/**
 * The sandbox provider's key pair, read once from configuration. The private key plays the provider's signing key;
 * the public key is what a merchant is given to verify notifications — two separate settings, as in production.
 */
@ApplicationScoped
public class SandboxKeys {

    private final PrivateKey providerPrivateKey;
    private final PublicKey providerPublicKey;

    @Inject
    public SandboxKeys(PaymentConfig config) {
        this.providerPrivateKey = RsaSignatures.privateKey(config.sandbox().providerPrivateKey());
        this.providerPublicKey = RsaSignatures.publicKey(config.sandbox().providerPublicKey());
    }

    /** Provider side: signs what the sandbox sends. */
    public PrivateKey providerPrivateKey() {
        return providerPrivateKey;
    }

    /** Merchant side: verifies what the provider sent. */
    public PublicKey providerPublicKey() {
        return providerPublicKey;
    }
}
