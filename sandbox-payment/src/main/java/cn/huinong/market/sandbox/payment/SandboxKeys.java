package cn.huinong.market.sandbox.payment;

import cn.huinong.market.common.signature.RsaSignatures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPublicKeySpec;

/**
 * The provider's signing key, read once from configuration, and the public half it hands to merchants (derived from
 * the private key, so the two can never disagree).
 */
@ApplicationScoped
public class SandboxKeys {

    private final PrivateKey providerPrivateKey;
    private final PublicKey providerPublicKey;

    @Inject
    public SandboxKeys(SandboxConfig config) {
        this.providerPrivateKey = RsaSignatures.privateKey(config.providerPrivateKey(),
                "huinong.sandbox.provider-private-key");
        this.providerPublicKey = publicHalf(providerPrivateKey);
    }

    /** Signs what the sandbox sends. */
    public PrivateKey providerPrivateKey() {
        return providerPrivateKey;
    }

    /** What a merchant verifies notifications with. */
    public PublicKey providerPublicKey() {
        return providerPublicKey;
    }

    private static PublicKey publicHalf(PrivateKey key) {
        if (!(key instanceof RSAPrivateCrtKey crt)) {
            throw new IllegalStateException("huinong.sandbox.provider-private-key must be a PKCS#8 RSA key with CRT");
        }
        try {
            return KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot derive the sandbox provider's public key", e);
        }
    }
}
