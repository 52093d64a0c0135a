package cn.huinong.market.sandbox.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.huinong.market.common.signature.RsaSignatures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The provider's configured key pair. How RSA2 signs, and that tampering breaks it, is common's
 * {@code RsaSignaturesTest}: the provider signs with that same code.
 */
@QuarkusTest
class SandboxSignatureTest {

    @Inject SandboxKeys keys;

    @Test
    void whatTheProviderSignsVerifiesWithItsPublicKey() {
        Map<String, String> p = Map.of("out_trade_no", "3f2504e0-4f89-11d3-9a0c-0305e82c3301", "total_fee", "12800",
                "sign_type", "RSA2");
        assertTrue(RsaSignatures.verify(p, RsaSignatures.sign(p, keys.providerPrivateKey()), keys.providerPublicKey()));
    }

    @Test
    void thePublicKeyIsTheHalfOfTheConfiguredPrivateKey() {
        assertEquals("RSA", keys.providerPublicKey().getAlgorithm());
        assertEquals(2048, ((RSAPublicKey) keys.providerPublicKey()).getModulus().bitLength());
        // the one order-service is configured with (huinong.orders.payment.sandbox.provider-public-key)
        assertTrue(Base64.getEncoder().encodeToString(keys.providerPublicKey().getEncoded())
                .startsWith("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAwEK/td0KYtx7mE0exe3JQyKiXxlA"));
    }
}
