package cn.huinong.market.common.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The canonical form and both halves of RSA2, once for the sandbox provider (which signs) and order-service (which
 * verifies): their own tests check only their configured keys.
 */
class RsaSignaturesTest {

    private static final KeyPair PROVIDER = keyPair();

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final Map<String, String> NOTIFICATION = Map.of("notify_id", "0f8fad5bd9cb469fa16570867728950e",
            "out_trade_no", "3f2504e0-4f89-11d3-9a0c-0305e82c3301", "trade_status", "TRADE_SUCCESS", "total_fee",
            "12800", "subject", "临夏清真牛肉干 & 百合 = 2件", "sign_type", "RSA2");

    private static Map<String, String> notificationWith(String key, String value) {
        Map<String, String> p = new HashMap<>(NOTIFICATION);
        p.put(key, value);
        return p;
    }

    @Test
    void theSignedContentIsTheSortedNonEmptyFieldsButSign() {
        assertEquals("a=1&b=2&sign_type=RSA2",
                RsaSignatures
                        .canonical(Map.of("b", "2", "sign", "ignored", "a", "1", "empty", "", "sign_type", "RSA2")));
    }

    @Test
    void aSignatureVerifiesWithThePublicHalfAndNothingElse() {
        String sign = RsaSignatures.sign(NOTIFICATION, PROVIDER.getPrivate());
        assertTrue(RsaSignatures.verify(NOTIFICATION, sign, PROVIDER.getPublic()));
        // an empty field may be present or absent: the signature is the same
        assertTrue(RsaSignatures.verify(notificationWith("buyer_logon_id", ""), sign, PROVIDER.getPublic()));

        assertFalse(RsaSignatures.verify(notificationWith("total_fee", "1"), sign, PROVIDER.getPublic()));
        // an added field is content too
        assertFalse(RsaSignatures.verify(notificationWith("refund_fee", "12800"), sign, PROVIDER.getPublic()));
        assertFalse(RsaSignatures.verify(NOTIFICATION, "not base64 at all!", PROVIDER.getPublic()));
        assertFalse(RsaSignatures.verify(NOTIFICATION, "AAAA", PROVIDER.getPublic()));
        assertFalse(RsaSignatures.verify(NOTIFICATION, sign, keyPair().getPublic()));
    }

    @Test
    void keysAreReadFromBase64WithOrWithoutPemArmour() {
        String publicBase64 = Base64.getEncoder().encodeToString(PROVIDER.getPublic().getEncoded());
        String pem = "-----BEGIN PUBLIC KEY-----\n" + publicBase64 + "\n-----END PUBLIC KEY-----\n";
        assertEquals(PROVIDER.getPublic(), RsaSignatures.publicKey(pem, "a.setting"));
        String privateBase64 = Base64.getEncoder().encodeToString(PROVIDER.getPrivate().getEncoded());
        assertEquals(PROVIDER.getPrivate(), RsaSignatures.privateKey(privateBase64, "a.setting"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> RsaSignatures.publicKey("not a key", "huinong.some.key"));
        assertTrue(e.getMessage().contains("huinong.some.key"));
    }
}
