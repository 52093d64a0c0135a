package cn.huinong.market.common.testing;

import io.smallrye.jwt.build.Jwt;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Real signed JWTs for tests, verified by the service against the OIDC test server's keys
 * ({@code OidcWiremockTestResource}), the same way Keycloak's tokens are verified in production.
 */
public final class TestTokens {

    public static final String ISSUER = "https://server.example.com";

    private TestTokens() {
    }

    /**
     * A valid token. Its login name differs from its {@code sub}, as in Keycloak (user id vs user name), so code
     * that identifies callers by anything but {@code sub} fails its tests.
     */
    public static String token(String subject, String... roles) {
        return Jwt.subject(subject)
                .preferredUserName("login-" + subject)
                .groups(Set.of(roles))
                .issuer(ISSUER)
                .audience("huinong-web")
                // Long enough for a whole suite on a loaded 2-core machine: test classes cache their tokens.
                .expiresIn(Duration.ofHours(2))
                .jws().keyId("1")
                .sign("privateKey.jwk");
    }

    public static String expired(String subject, String... roles) {
        Instant past = Instant.now().minusSeconds(3600);
        return Jwt.subject(subject)
                .groups(Set.of(roles))
                .issuer(ISSUER)
                .issuedAt(past.minusSeconds(600))
                .expiresAt(past)
                .jws().keyId("1")
                .sign("privateKey.jwk");
    }

    /** A well-formed token signed by a key the identity provider never published. */
    public static String forged(String subject, String... roles) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair stranger = generator.generateKeyPair();
            return Jwt.subject(subject).groups(Set.of(roles)).issuer(ISSUER)
                    .jws().keyId("1").sign(stranger.getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
