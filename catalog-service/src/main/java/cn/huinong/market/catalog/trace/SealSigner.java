package cn.huinong.market.catalog.trace;

import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.common.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs and checks daily seals with Ed25519 (the JDK's own). The key pair comes from configuration: the private key
 * as base64 PKCS#8 DER, the public key as base64 X.509 DER (what {@code openssl genpkey -algorithm ed25519} gives,
 * without the PEM armour), and a key id published with every seal so verifiers can pick the right public key after
 * a rotation. No key configured: sealing refuses (verifying needs only the public key).
 */
@ApplicationScoped
public class SealSigner {

    @ConfigProperty(name = "huinong.catalog.trace.seal.private-key") Optional<String> privateKey;

    @ConfigProperty(name = "huinong.catalog.trace.seal.public-key") Optional<String> publicKey;

    @ConfigProperty(name = "huinong.catalog.trace.seal.key-id", defaultValue = "trace-seal-1") String keyId;

    public String keyId() {
        return keyId;
    }

    /** The public key (base64 X.509), for publishing beside the seals. */
    public Optional<String> publicKeyBase64() {
        return publicKey;
    }

    public String sign(String message) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(privateKey());
            signature.update(message.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a trace seal", e);
        }
    }

    public boolean verify(String message, String signatureBase64) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(publicKey());
            signature.update(message.getBytes(StandardCharsets.UTF_8));
            return signature.verify(Base64.getDecoder().decode(signatureBase64));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private PrivateKey privateKey() throws GeneralSecurityException {
        String key = privateKey.filter(k -> !k.isBlank()).orElseThrow(() -> new ProblemException(
                ProblemType.SERVICE_UNAVAILABLE, "No trace seal key is configured (huinong.catalog.trace.seal.*)."));
        return KeyFactory.getInstance("Ed25519")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(key)));
    }

    private PublicKey publicKey() throws GeneralSecurityException {
        String key = publicKey.filter(k -> !k.isBlank()).orElseThrow(() -> new ProblemException(
                ProblemType.SERVICE_UNAVAILABLE, "No trace seal public key is configured."));
        return KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(key)));
    }
}
