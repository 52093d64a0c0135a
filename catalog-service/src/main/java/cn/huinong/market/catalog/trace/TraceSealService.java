package cn.huinong.market.catalog.trace;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seals each shop's day: the Merkle root ({@link MerkleTree}) over the chain links of the events the shop recorded
 * that day (platform time zone, capture order), signed with Ed25519 ({@link SealSigner}) and stored for publishing.
 * A seal is written once; sealing a day again returns the stored seal.
 */
@ApplicationScoped
public class TraceSealService {

    @Inject DataSource dataSource;

    @Inject SealSigner signer;

    @Inject Clock clock;

    @ConfigProperty(name = "huinong.catalog.trace.seal.zone", defaultValue = "Asia/Shanghai") ZoneId zone;

    public record Seal(UUID shopId, LocalDate day, int eventCount, Long firstSeq, Long lastSeq, String merkleRoot,
            String signature, String keyId, Instant sealedAt) {

        /** What is signed: every fact of the seal, in a fixed order. */
        public String signedMessage() {
            return "huinong-trace-seal/1\n" + shopId + "\n" + day + "\n" + eventCount + "\n" + merkleRoot;
        }
    }

    /** The nightly job: seals yesterday for every shop that recorded events then (off unless scheduled). */
    @Scheduled(cron = "${huinong.catalog.trace.seal.cron:off}", identity = "trace-seal")
    void sealYesterday() {
        LocalDate yesterday = LocalDate.now(clock.withZone(zone)).minusDays(1);
        shopsWithEventsOn(yesterday).forEach(shop -> seal(shop, yesterday));
    }

    @Transactional
    public Seal seal(UUID shopId, LocalDate day) {
        Optional<Seal> existing = find(shopId, day);
        if (existing.isPresent()) {
            return existing.get();
        }
        try (Connection c = dataSource.getConnection()) {
            List<Link> dayLinks = links(c, shopId, day);
            List<String> links = dayLinks.stream().map(Link::hash).toList();
            Long first = dayLinks.isEmpty() ? null : dayLinks.get(0).seq();
            Long last = dayLinks.isEmpty() ? null : dayLinks.get(dayLinks.size() - 1).seq();
            String root = MerkleTree.rootHex(links);
            // microseconds: what the database keeps, so a stored seal reads back equal
            Seal unsigned = new Seal(shopId, day, links.size(), first, last, root, null, signer.keyId(),
                    clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
            Seal seal = new Seal(shopId, day, links.size(), first, last, root, signer.sign(unsigned.signedMessage()),
                    signer.keyId(), unsigned.sealedAt());
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO trace_seal (shop_id, day, event_count, first_seq, last_seq, merkle_root, signature,
                        key_id, sealed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                insert.setObject(1, shopId);
                insert.setDate(2, Date.valueOf(day));
                insert.setInt(3, seal.eventCount());
                insert.setObject(4, first);
                insert.setObject(5, last);
                insert.setString(6, root);
                insert.setString(7, seal.signature());
                insert.setString(8, seal.keyId());
                insert.setTimestamp(9, Timestamp.from(seal.sealedAt()));
                insert.executeUpdate();
            }
            return seal;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot seal " + day + " of shop " + shopId, e);
        }
    }

    /** A shop's seals between two days (inclusive; open ends allowed), oldest first, at most a year's worth. */
    public List<Seal> list(UUID shopId, LocalDate from, LocalDate to) {
        List<Seal> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                SELECT day, event_count, first_seq, last_seq, merkle_root, signature, key_id, sealed_at
                FROM trace_seal WHERE shop_id = ? AND day >= ? AND day <= ? ORDER BY day LIMIT 366""")) {
            ps.setObject(1, shopId);
            ps.setDate(2, Date.valueOf(from == null ? LocalDate.of(2000, 1, 1) : from));
            ps.setDate(3, Date.valueOf(to == null ? LocalDate.of(9999, 12, 31) : to));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Seal(shopId, rs.getDate(1).toLocalDate(), rs.getInt(2), rs.getObject(3, Long.class),
                            rs.getObject(4, Long.class), rs.getString(5), rs.getString(6), rs.getString(7),
                            rs.getTimestamp(8).toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    public Optional<Seal> find(UUID shopId, LocalDate day) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                SELECT event_count, first_seq, last_seq, merkle_root, signature, key_id, sealed_at
                FROM trace_seal WHERE shop_id = ? AND day = ?""")) {
            ps.setObject(1, shopId);
            ps.setDate(2, Date.valueOf(day));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Seal(shopId, day, rs.getInt(1), rs.getObject(2, Long.class),
                        rs.getObject(3, Long.class), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getTimestamp(7).toInstant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a seal's signature holds and its root still matches the shop's stored events of that day. */
    public boolean holds(Seal seal) {
        if (!signer.verify(seal.signedMessage(), seal.signature())) {
            return false;
        }
        try (Connection c = dataSource.getConnection()) {
            List<String> links = links(c, seal.shopId(), seal.day()).stream().map(Link::hash).toList();
            return MerkleTree.rootHex(links).equals(seal.merkleRoot()) && links.size() == seal.eventCount();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Link(long seq, String hash) {
    }

    /** The chain links of the events a shop recorded on a day, in capture order: the seal's leaves. */
    private List<Link> links(Connection c, UUID shopId, LocalDate day) throws SQLException {
        List<Link> links = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT seq, chain_hash FROM trace_event
                WHERE shop_id = ? AND record_time >= ? AND record_time < ? ORDER BY seq""")) {
            ps.setObject(1, shopId);
            ps.setTimestamp(2, Timestamp.from(day.atStartOfDay(zone).toInstant()));
            ps.setTimestamp(3, Timestamp.from(day.plusDays(1).atStartOfDay(zone).toInstant()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    links.add(new Link(rs.getLong(1), rs.getString(2)));
                }
            }
        }
        return links;
    }

    private List<UUID> shopsWithEventsOn(LocalDate day) {
        List<UUID> shops = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT DISTINCT shop_id FROM trace_event WHERE record_time >= ? AND record_time < ?")) {
            ps.setTimestamp(1, Timestamp.from(day.atStartOfDay(zone).toInstant()));
            ps.setTimestamp(2, Timestamp.from(day.plusDays(1).atStartOfDay(zone).toInstant()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    shops.add(rs.getObject(1, UUID.class));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return shops;
    }
}
