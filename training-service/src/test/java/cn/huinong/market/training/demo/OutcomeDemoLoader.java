package cn.huinong.market.training.demo;

import cn.huinong.market.training.trainee.SensitiveDataCipher;
import java.sql.Connection;
import java.sql.DriverManager;

/**
 * Loads the seeded outcomes dataset ({@link OutcomeDataset}) into a running system's training database, sealing
 * the sensitive fields with that system's key. Run by deploy/demo-training-outcomes.sh; not part of the service.
 * Settings from the environment: TRAINING_DB_URL (default jdbc:postgresql://127.0.0.1:5432/training),
 * TRAINING_DB_USER (postgres), TRAINING_DB_PASSWORD (empty), HUINONG_TRAINING_CRYPTO_KEY (required, the
 * service's key, base64) and HUINONG_TRAINING_CRYPTO_KEY_ID (k1). Prints what was loaded.
 */
public final class OutcomeDemoLoader {

    private OutcomeDemoLoader() {
    }

    public static void main(String[] args) throws Exception {
        String key = System.getenv("HUINONG_TRAINING_CRYPTO_KEY");
        if (key == null || key.isBlank()) {
            System.err.println("HUINONG_TRAINING_CRYPTO_KEY (the training-service key, base64) is not set");
            System.exit(2);
        }
        SensitiveDataCipher cipher = SensitiveDataCipher.withKey(env("HUINONG_TRAINING_CRYPTO_KEY_ID", "k1"), key);
        try (Connection c = DriverManager.getConnection(
                env("TRAINING_DB_URL", "jdbc:postgresql://127.0.0.1:5432/training"),
                env("TRAINING_DB_USER", "postgres"), env("TRAINING_DB_PASSWORD", ""))) {
            System.out.println(new OutcomeDataset(cipher).load(c));
        }
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
