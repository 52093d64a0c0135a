package cn.huinong.market.catalog.trace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Re-checks a shop's hash chain from its first event: each stored document must still give its CBV 2.0 hash and
 * its content digest, each link must be the hash of the previous link, the event hash and that digest, and each
 * event must point at the link before it. Names every event that fails, the first one first.
 */
@ApplicationScoped
public class ChainVerifier {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject DataSource dataSource;

    public record BrokenEvent(long seq, String eventId, String reason) {
    }

    /** @param firstBroken the earliest event that fails, or null when the whole chain holds */
    public record Report(UUID shopId, long checked, BrokenEvent firstBroken, List<BrokenEvent> broken) {

        public boolean intact() {
            return broken.isEmpty();
        }
    }

    @Transactional
    public Report verify(UUID shopId) {
        List<BrokenEvent> broken = new ArrayList<>();
        long checked = 0;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                SELECT seq, event_id, event_hash, chain_prev, content_digest, chain_hash, document::text,
                       encode(sha256(convert_to(document::text, 'UTF8')), 'hex')
                FROM trace_event WHERE shop_id = ? ORDER BY seq""")) {
            ps.setFetchSize(1000);
            ps.setObject(1, shopId);
            String previousLink = null;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    checked++;
                    long seq = rs.getLong(1);
                    String eventId = rs.getString(2);
                    String hash = rs.getString(3);
                    String prev = rs.getString(4);
                    String digest = rs.getString(5);
                    String link = rs.getString(6);
                    String actualDigest = rs.getString(8);
                    String reason = null;
                    try {
                        JsonNode document = JSON.readTree(rs.getString(7));
                        if (!hash.equals(EventHasher.hash(document, document.get("@context")))) {
                            reason = "the stored event no longer gives its hash";
                        }
                    } catch (Exception e) {
                        reason = "the stored event cannot be read";
                    }
                    if (reason == null && !digest.equals(actualDigest)) {
                        reason = "the stored event differs from what was captured";
                    }
                    if (reason == null && !link.equals(
                            EventHasher.sha256Hex((prev == null ? "" : prev) + "|" + hash + "|" + actualDigest))) {
                        reason = "the chain link does not match the event";
                    }
                    if (reason == null && !Objects.equals(prev, previousLink)) {
                        reason = "the event does not follow the link before it";
                    }
                    if (reason != null) {
                        broken.add(new BrokenEvent(seq, eventId, reason));
                    }
                    previousLink = link;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot verify the chain of shop " + shopId, e);
        }
        return new Report(shopId, checked, broken.isEmpty() ? null : broken.get(0), List.copyOf(broken));
    }
}
