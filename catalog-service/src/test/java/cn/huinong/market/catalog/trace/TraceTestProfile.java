package cn.huinong.market.catalog.trace;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import java.util.Set;

/**
 * The trace tests' profile: a test Ed25519 seal key (generated for these tests only, never used anywhere else) and
 * {@link TestTraceFacts} in place of the catalog wiring.
 */
public class TraceTestProfile implements QuarkusTestProfile {

    static final String TEST_PRIVATE_KEY = "MC4CAQAwBQYDK2VwBCIEIMCKCLQbITMHVTLnUnmXcnArfzynmJAMPxA1SMUXNwas";
    static final String TEST_PUBLIC_KEY = "MCowBQYDK2VwAyEA5vYSPW3E6Xm0WSelvqzYpOD+u/ILbRlL3i52xrpoq5Y=";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("huinong.catalog.trace.seal.private-key", TEST_PRIVATE_KEY,
                "huinong.catalog.trace.seal.public-key", TEST_PUBLIC_KEY,
                "huinong.catalog.trace.seal.key-id", "test-key");
    }

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(TestTraceFacts.class);
    }
}
