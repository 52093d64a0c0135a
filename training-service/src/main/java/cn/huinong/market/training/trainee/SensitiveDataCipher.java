package cn.huinong.market.training.trainee;

import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.common.problem.ProblemType;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * AES-256-GCM for the trainee's sensitive fields. Each value is sealed with a fresh random 96-bit IV and stored
 * as {@code IV || ciphertext || tag}; the trainee id and field name are bound in as associated data, so a
 * ciphertext copied into another row or column fails to open instead of revealing someone else's data.
 *
 * <p>Key rotation: every trainee row records the id of the key that sealed it ({@code crypto_key_id}). To
 * rotate, configure a new {@code huinong.training.crypto.key} with a new {@code huinong.training.crypto.key-id}
 * and keep the old key readable as {@code huinong.training.crypto.retired-keys.<old-id>=<base64>}. New and
 * updated rows are sealed with the new key; rows still on an old key open with the retired one, and a
 * re-encryption pass (select rows {@code WHERE crypto_key_id <> new-id}, open, seal, save) moves them over,
 * after which the retired key is removed from the configuration.
 *
 * <p>Without a configured key the service still starts, but any read or write of sensitive data answers 503
 * (the key is never defaulted: a default key in the source would be no protection at all).
 */
@Startup
@ApplicationScoped
public class SensitiveDataCipher {

    private static final Logger LOG = Logger.getLogger(SensitiveDataCipher.class);
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    @ConfigProperty(name = "huinong.training.crypto.key") Optional<String> keyBase64;

    @ConfigProperty(name = "huinong.training.crypto.key-id", defaultValue = "k1") String keyId;

    @Inject Config config;

    private final SecureRandom random = new SecureRandom();
    private SecretKey current;

    @PostConstruct
    void load() {
        if (keyBase64.isEmpty() || keyBase64.get().isBlank()) {
            LOG.warn("huinong.training.crypto.key is not set: trainee sensitive data can be neither stored nor read");
            return;
        }
        current = decodeKey(keyBase64.get(), "huinong.training.crypto.key");
    }

    /** A cipher outside the container (tools, unit tests) with the given current key and no retired ones. */
    public static SensitiveDataCipher withKey(String keyId, String keyBase64) {
        SensitiveDataCipher cipher = new SensitiveDataCipher();
        cipher.keyId = keyId;
        cipher.keyBase64 = Optional.ofNullable(keyBase64);
        cipher.load();
        return cipher;
    }

    public String currentKeyId() {
        requireKey();
        return keyId;
    }

    public byte[] seal(String plaintext, UUID traineeId, SensitiveField field) {
        SecretKey key = requireKey();
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(aad(traineeId, field));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt a sensitive field", e);
        }
    }

    public String open(byte[] sealed, String sealedWithKeyId, UUID traineeId, SensitiveField field) {
        requireKey();
        SecretKey key = keyId.equals(sealedWithKeyId) ? current : retiredKey(sealedWithKeyId);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
            cipher.updateAAD(aad(traineeId, field));
            return new String(cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot decrypt " + field + " of trainee " + traineeId, e);
        }
    }

    private SecretKey retiredKey(String id) {
        String name = "huinong.training.crypto.retired-keys." + id;
        return decodeKey(config.getOptionalValue(name, String.class)
                .orElseThrow(() -> new IllegalStateException("No key " + id + " configured (" + name + ")")), name);
    }

    private SecretKey requireKey() {
        if (current == null) {
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "detail.crypto-key-missing");
        }
        return current;
    }

    private static byte[] aad(UUID traineeId, SensitiveField field) {
        return (traineeId + "/" + field.name()).getBytes(StandardCharsets.UTF_8);
    }

    private static SecretKey decodeKey(String base64, String name) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + " is not valid base64");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(name + " must be 32 bytes (AES-256), base64-encoded; got " + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
