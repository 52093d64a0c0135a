package cn.huinong.market.common.signature;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * Alipay-style RSA2 signatures, both halves: SHA256withRSA over the non-empty parameters except {@code sign}, sorted
 * by key and joined as {@code k=v&k=v} (raw values, UTF-8), the signature in standard base64. The sandbox payment
 * provider signs with it and order-service verifies with it, so the two can never disagree on the canonical form.
 * Only the JDK's {@link Signature} does cryptography here.
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

    public static String sign(Map<String, String> params, PrivateKey key) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(key);
            signature.update(canonical(params).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with this RSA key", e);
        }
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
            throw new IllegalStateException("Cannot verify with this RSA public key", e);
        }
    }

    /**
     * A PKCS#8 RSA private key in base64 (whitespace and PEM armour are ignored).
     *
     * @param setting the configuration key it came from, named in the error
     */
    public static PrivateKey privateKey(String base64, String setting) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(decodeKey(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(setting + " is not a base64 PKCS#8 RSA private key", e);
        }
    }

    /**
     * An X.509 (SubjectPublicKeyInfo) RSA public key in base64 (whitespace and PEM armour are ignored).
     *
     * @param setting the configuration key it came from, named in the error
     */
    public static PublicKey publicKey(String base64, String setting) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(decodeKey(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(setting + " is not a base64 X.509 RSA public key", e);
        }
    }

    private static byte[] decodeKey(String text) {
        String body = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }
}
