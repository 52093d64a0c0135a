package cn.huinong.market.orders.payment.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * Checks Alipay-style RSA2 signatures: SHA256withRSA over the non-empty parameters except {@code sign}, sorted by
 * key and joined as {@code k=v&k=v} (raw values, UTF-8), the signature in standard base64. The merchant's half only:
 * signing is the provider's business (module {@code sandbox-payment}). Only the JDK's {@link Signature} does
 * cryptography here.
 */
public final class RsaSignatures {

    public static final String SIGN = "sign";
    public static final String SIGN_TYPE = "sign_type";
    public static final String RSA2 = "RSA2";
    private static final String ALGORITHM = "SHA256withRSA";

    private RsaSignatures() {
    }

    /** The signed content: every parameter but {@code sign} with a non-empty value, sorted by key. */
    public static String canonical(Map<String, String> params) {
        StringJoiner joined = new StringJoiner("&");
        new TreeMap<>(params).forEach((key, value) -> {
            if (!SIGN.equals(key) && value != null && !value.isEmpty()) {
                joined.add(key + "=" + value);
            }
        });
        return joined.toString();
    }

    /** True only for a well-formed base64 signature made by the private key of {@code key} over these params. */
    public static boolean verify(Map<String, String> params, String base64Signature, PublicKey key) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64Signature);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(key);
            signature.update(canonical(params).getBytes(StandardCharsets.UTF_8));
            return signature.verify(raw);
        } catch (java.security.SignatureException malformed) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot verify with the sandbox provider public key", e);
        }
    }

    /** An X.509 (SubjectPublicKeyInfo) RSA public key in base64 (whitespace and PEM armour are ignored). */
    public static PublicKey publicKey(String base64) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(decodeKey(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("huinong.orders.payment.sandbox.provider-public-key is not a base64 "
                    + "X.509 RSA public key", e);
        }
    }

    private static byte[] decodeKey(String text) {
        String body = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }
}
