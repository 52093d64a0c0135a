package cn.huinong.market.training.trainee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.huinong.market.common.problem.ProblemException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The cipher on its own (no Quarkus): round trip, fresh IVs, binding to row and field, key checks. */
class SensitiveDataCipherTest {

    private static SensitiveDataCipher cipher(String key) {
        SensitiveDataCipher cipher = new SensitiveDataCipher();
        cipher.keyBase64 = Optional.ofNullable(key);
        cipher.keyId = "k1";
        cipher.load();
        return cipher;
    }

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @Test
    void sealsAndOpensWithAFreshIvEachTime() {
        SensitiveDataCipher cipher = cipher(KEY);
        UUID id = UUID.randomUUID();
        byte[] first = cipher.seal("622921199802141235", id, SensitiveField.NATIONAL_ID);
        byte[] second = cipher.seal("622921199802141235", id, SensitiveField.NATIONAL_ID);
        assertFalse(Arrays.equals(first, second));
        assertFalse(Arrays.equals(Arrays.copyOf(first, 12), Arrays.copyOf(second, 12)));
        assertEquals(12 + 18 + 16, first.length);
        assertEquals("622921199802141235", cipher.open(first, "k1", id, SensitiveField.NATIONAL_ID));
    }

    @Test
    void aCiphertextMovedToAnotherRowOrFieldDoesNotOpen() {
        SensitiveDataCipher cipher = cipher(KEY);
        UUID id = UUID.randomUUID();
        byte[] sealed = cipher.seal("LIFTED_OUT", id, SensitiveField.SUPPORT_STATUS);
        assertThrows(IllegalStateException.class,
                () -> cipher.open(sealed, "k1", UUID.randomUUID(), SensitiveField.SUPPORT_STATUS));
        assertThrows(IllegalStateException.class, () -> cipher.open(sealed, "k1", id, SensitiveField.NATIONAL_ID));
        byte[] tampered = sealed.clone();
        tampered[tampered.length - 1] ^= 1;
        assertThrows(IllegalStateException.class,
                () -> cipher.open(tampered, "k1", id, SensitiveField.SUPPORT_STATUS));
    }

    @Test
    void keysMustBe256BitsAndAMissingKeyRefusesWork() {
        assertThrows(IllegalStateException.class, () -> cipher(Base64.getEncoder().encodeToString(new byte[16])));
        assertThrows(IllegalStateException.class, () -> cipher("not base64!"));
        SensitiveDataCipher none = cipher(null);
        ProblemException refused = assertThrows(ProblemException.class,
                () -> none.seal("x", UUID.randomUUID(), SensitiveField.NATIONAL_ID));
        assertEquals(503, refused.type().status());
    }
}
