package cn.huinong.market.sandbox.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.huinong.market.common.signature.RsaSignatures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the provider signs, and that its signature covers every field a merchant reads. */
@QuarkusTest
class SandboxSignatureTest {

    @Inject SandboxKeys keys;

    private static Map<String, String> fields() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("notify_id", "0f8fad5bd9cb469fa16570867728950e");
        p.put("out_trade_no", "3f2504e0-4f89-11d3-9a0c-0305e82c3301");
        p.put("trade_no", "SBX202612011234567890123456");
        p.put("trade_status", "TRADE_SUCCESS");
        p.put("total_fee", "12800");
        p.put("subject", "临夏清真牛肉干 & 百合 = 2件");
        p.put("gmt_payment", "2026-12-01 18:00:01");
        p.put("sign_type", "RSA2");
        return p;
    }

    @Test
    void theSignedContentIsTheSortedNonEmptyFieldsButSign() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("b", "2");
        p.put("sign", "ignored");
        p.put("a", "1");
        p.put("empty", "");
        p.put("sign_type", "RSA2");
        assertEquals("a=1&b=2&sign_type=RSA2", RsaSignatures.canonical(p));
    }

    @Test
    void whatTheProviderSignsVerifiesWithItsPublicKeyAndNothingElse() throws Exception {
        Map<String, String> p = fields();
        String sign = RsaSignatures.sign(p, keys.providerPrivateKey());
        assertTrue(RsaSignatures.verify(p, sign, keys.providerPublicKey()));

        Map<String, String> tampered = fields();
        tampered.put("total_fee", "1");
        assertFalse(RsaSignatures.verify(tampered, sign, keys.providerPublicKey()));
        Map<String, String> added = fields();
        added.put("refund_fee", "12800");
        assertFalse(RsaSignatures.verify(added, sign, keys.providerPublicKey()));
        assertFalse(RsaSignatures.verify(p, "not base64 at all!", keys.providerPublicKey()));

        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        assertFalse(RsaSignatures.verify(p, sign, generator.generateKeyPair().getPublic()));
    }

    @Test
    void thePublicKeyIsTheHalfOfTheConfiguredPrivateKey() {
        assertEquals("RSA", keys.providerPublicKey().getAlgorithm());
        assertEquals(2048, ((RSAPublicKey) keys.providerPublicKey()).getModulus().bitLength());
        // the one order-service is configured with (huinong.orders.payment.sandbox.provider-public-key)
        assertTrue(java.util.Base64.getEncoder().encodeToString(keys.providerPublicKey().getEncoded())
                .startsWith("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAwEK/td0KYtx7mE0exe3JQyKiXxlA"));
    }
}
