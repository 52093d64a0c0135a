package cn.huinong.market.common.idempotency;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * Keys and stored responses in the service's own database. Plain JDBC in autocommit mode on purpose: a claim
 * must be visible to a racing request at once, whatever transaction the endpoint itself later runs.
 */
@ApplicationScoped
@IfBuildProperty(name = IdempotencyConfig.ENABLED, stringValue = "true", enableIfMissing = true)
public class IdempotencyStore {

    public enum State {
        IN_PROGRESS, COMPLETED
    }

    public record Entry(String method, String path, String requestHash, State state, Instant createdAt,
            StoredResponse response) {
    }

    @Inject AgroalDataSource dataSource;

    @Inject IdempotencyConfig config;

    /** @return true when this request now owns the key and must do the work. */
    public boolean claim(String caller, String key, String method, String path, String requestHash) {
        String sql = """
                INSERT INTO idempotency_key (caller, idem_key, request_method, request_path, request_hash, state)
                VALUES (?, ?, ?, ?, ?, 'IN_PROGRESS') ON CONFLICT DO NOTHING""";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, caller);
            ps.setString(2, key);
            ps.setString(3, method);
            ps.setString(4, path);
            ps.setString(5, requestHash);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot claim idempotency key", e);
        }
    }

    /** Takes over a claim whose owner died; only one of several racing requests succeeds. */
    public boolean takeOverAbandoned(String caller, String key, Instant seenCreatedAt) {
        String sql = """
                UPDATE idempotency_key SET created_at = now()
                WHERE caller = ? AND idem_key = ? AND state = 'IN_PROGRESS' AND created_at = ?""";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, caller);
            ps.setString(2, key);
            ps.setTimestamp(3, Timestamp.from(seenCreatedAt));
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take over idempotency key", e);
        }
    }

    public Optional<Entry> find(String caller, String key) {
        String sql = """
                SELECT request_method, request_path, request_hash, state, created_at, response_status,
                       response_type, response_headers, response_body
                FROM idempotency_key WHERE caller = ? AND idem_key = ?""";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, caller);
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                State state = State.valueOf(rs.getString("state"));
                StoredResponse response = state == State.COMPLETED
                        ? new StoredResponse(rs.getInt("response_status"), rs.getString("response_type"),
                                StoredResponse.decodeHeaders(rs.getString("response_headers")),
                                rs.getBytes("response_body"))
                        : null;
                return Optional.of(new Entry(rs.getString("request_method"), rs.getString("request_path"),
                        rs.getString("request_hash"), state, rs.getTimestamp("created_at").toInstant(), response));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read idempotency key", e);
        }
    }

    public void complete(String caller, String key, StoredResponse response) {
        String sql = """
                UPDATE idempotency_key SET state = 'COMPLETED', response_status = ?, response_type = ?,
                       response_headers = ?, response_body = ?, completed_at = now()
                WHERE caller = ? AND idem_key = ?""";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, response.status());
            ps.setString(2, response.contentType());
            ps.setString(3, StoredResponse.encodeHeaders(response.headers()));
            ps.setBytes(4, response.body());
            ps.setString(5, caller);
            ps.setString(6, key);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store idempotent response", e);
        }
    }

    /** The work failed in a way a retry may fix (a 5xx, a lost connection): let the next request try again. */
    public void release(String caller, String key) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "DELETE FROM idempotency_key WHERE caller = ? AND idem_key = ? AND state = 'IN_PROGRESS'")) {
            ps.setString(1, caller);
            ps.setString(2, key);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot release idempotency key", e);
        }
    }

    @Scheduled(every = "1h", delay = 5, delayUnit = java.util.concurrent.TimeUnit.MINUTES, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeExpired() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("DELETE FROM idempotency_key WHERE created_at < ?")) {
            ps.setTimestamp(1, Timestamp.from(Instant.now().minus(config.retention())));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot purge idempotency keys", e);
        }
    }
}
