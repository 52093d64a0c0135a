package cn.huinong.market.common.testing;

import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * The role-protected collection a service's contract tests (problems, idempotency, platform endpoints) write to:
 * who may write it, who may not, what a new member looks like and where it is stored. A service declares it once
 * and hands it to {@link ProblemContractTestBase}, {@link IdempotencyContractTestBase} and
 * {@link PlatformEndpointsTestBase}.
 *
 * @param path          the collection, e.g. {@code /api/catalog/categories}: POST creates, {@code GET /{id}} reads
 * @param table         the table of its rows (column {@code id}), to count what a request really created
 * @param requiredField a field every valid body must have
 * @param writer        a caller allowed to POST
 * @param otherWriter   another caller allowed to POST (the same Idempotency-Key from them is another request)
 * @param outsider      a signed-in caller whose role may not POST
 * @param newBody       a valid new member with the given id; another {@code variant} changes some other field
 */
public record ContractEndpoint(String path, String table, String requiredField, Caller writer, Caller otherWriter,
        Caller outsider, BiFunction<UUID, Integer, Map<String, Object>> newBody) {

    /** A test caller; its token is signed on each use, so a long test run never sends an expired one. */
    public record Caller(String subject, String role) {

        public String token() {
            return TestTokens.token(subject, role);
        }
    }

    public static Caller caller(String subject, String role) {
        return new Caller(subject, role);
    }

    /** How many rows with this id exist now, straight from the database. */
    long storedCount(UUID id) {
        return TestDatabase.count("SELECT count(*) FROM " + table + " WHERE id = ?", id);
    }
}
