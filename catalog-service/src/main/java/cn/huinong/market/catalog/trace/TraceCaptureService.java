package cn.huinong.market.catalog.trace;

import cn.huinong.market.common.problem.ProblemException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Captures EPCIS events into the append-only store: a whole document or nothing, and an event already stored
 * (same CBV 2.0 hash) is not stored again: its stored id is returned, so phones on weak 4G can retry freely. A
 * shop's captures are serialised by a transaction-scoped advisory lock on the shop, which keeps its hash chain a
 * single line.
 */
@ApplicationScoped
public class TraceCaptureService {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject EpcisParser parser;

    @Inject DataSource dataSource;

    @Inject Clock clock;

    /** Captures every event of an EPCISDocument in one transaction; the results are in document order. */
    @Transactional
    public List<CapturedEvent> captureDocument(UUID shopId, JsonNode document) {
        return store(shopId, parser.document(document));
    }

    /** Captures one event sent on its own. */
    @Transactional
    public CapturedEvent captureEvent(UUID shopId, JsonNode event) {
        return store(shopId, List.of(parser.event(event))).get(0);
    }

    /** Captures events already built (by the farmer templates). */
    @Transactional
    public List<CapturedEvent> capture(UUID shopId, List<EpcisEvent> events) {
        return store(shopId, events);
    }

    private List<CapturedEvent> store(UUID shopId, List<EpcisEvent> events) {
        try (Connection c = dataSource.getConnection()) {
            lockShop(c, shopId);
            String previous = lastLink(c, shopId);
            Timestamp now = Timestamp.from(clock.instant());
            List<CapturedEvent> out = new ArrayList<>();
            for (EpcisEvent event : events) {
                Optional<Stored> existing = stored(c, event.hash());
                if (existing.isPresent()) {
                    if (!existing.get().shopId().equals(shopId)) {
                        throw ProblemException.conflict("This event was already recorded by another shop.");
                    }
                    out.add(new CapturedEvent(existing.get().eventId(), event.hash(), false));
                    continue;
                }
                if (!event.eventId().equals(event.hash()) && stored(c, "event_id", event.eventId()).isPresent()) {
                    throw ProblemException.conflict("Another event already has the eventID " + event.eventId() + ".");
                }
                long seq = nextSeq(c);
                previous = insert(c, seq, shopId, event, previous, now);
                insertKeys(c, seq, event);
                insertLineage(c, seq, event);
                out.add(new CapturedEvent(event.eventId(), event.hash(), true));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store trace events", e);
        }
    }

    private record Stored(String eventId, UUID shopId) {
    }

    private static void lockShop(Connection c, UUID shopId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            ps.setLong(1, shopId.getMostSignificantBits() ^ shopId.getLeastSignificantBits());
            ps.execute();
        }
    }

    private static String lastLink(Connection c, UUID shopId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT chain_hash FROM trace_event WHERE shop_id = ? ORDER BY seq DESC LIMIT 1")) {
            ps.setObject(1, shopId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static Optional<Stored> stored(Connection c, String hash) throws SQLException {
        return stored(c, "event_hash", hash);
    }

    private static Optional<Stored> stored(Connection c, String column, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT event_id, shop_id FROM trace_event WHERE " + column + " = ?")) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Stored(rs.getString(1), rs.getObject(2, UUID.class)))
                        : Optional.empty();
            }
        }
    }

    private static long nextSeq(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT nextval('trace_event_seq_seq')");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Stores the event as sent, plus its eventID (the hash when it had none) and its context; returns the link. */
    private static String insert(Connection c, long seq, UUID shopId, EpcisEvent event, String previous,
            Timestamp now) throws SQLException {
        ObjectNode document = event.json().deepCopy();
        document.put("eventID", event.eventId());
        if (event.context() != null && !document.has("@context")) {
            document.set("@context", event.context());
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO trace_event (seq, event_id, event_hash, shop_id, event_type, event_time, record_time,
                    biz_step, disposition, document, chain_prev, content_digest, chain_hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, '', '')
                RETURNING chain_hash""")) {
            ps.setLong(1, seq);
            ps.setString(2, event.eventId());
            ps.setString(3, event.hash());
            ps.setObject(4, shopId);
            ps.setString(5, event.type().name());
            ps.setTimestamp(6, Timestamp.from(event.eventTime().toInstant()));
            ps.setTimestamp(7, now);
            ps.setString(8, event.bizStep());
            ps.setString(9, event.disposition());
            ps.setString(10, JSON.writeValueAsString(document));
            ps.setString(11, previous);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void insertKeys(Connection c, long seq, EpcisEvent event) throws SQLException {
        Set<String> classes = new LinkedHashSet<>(event.epcClasses());
        Set<String> epcs = new LinkedHashSet<>(event.epcs());
        Set<String> transactions = new LinkedHashSet<>();
        event.bizTransactions().forEach(t -> transactions.add(t.id()));
        try (PreparedStatement ps = c
                .prepareStatement("INSERT INTO trace_event_key (event_seq, kind, value) VALUES (?, ?, ?)")) {
            addKeys(ps, seq, "C", classes);
            addKeys(ps, seq, "E", epcs);
            addKeys(ps, seq, "T", transactions);
            ps.executeBatch();
        }
    }

    private static void addKeys(PreparedStatement ps, long seq, String kind, Set<String> values) throws SQLException {
        for (String value : values) {
            ps.setLong(1, seq);
            ps.setString(2, kind);
            ps.setString(3, value);
            ps.addBatch();
        }
    }

    /** Transformations link every input to every output; an aggregation links each child to its parent. */
    private static void insertLineage(Connection c, long seq, EpcisEvent event) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO trace_lineage (upstream_ref, downstream_ref, kind, event_seq) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""")) {
            if (event.type() == EpcisEventType.TransformationEvent) {
                for (String in : new LinkedHashSet<>(event.inputs())) {
                    for (String out : new LinkedHashSet<>(event.outputs())) {
                        link(ps, in, out, "TRANSFORM", seq);
                    }
                }
            } else if (event.type() == EpcisEventType.AggregationEvent && "ADD".equals(event.action())
                    && event.parentId() != null) {
                for (String child : new LinkedHashSet<>(event.childIds())) {
                    link(ps, child, event.parentId(), "AGGREGATE", seq);
                }
            }
            ps.executeBatch();
        }
    }

    private static void link(PreparedStatement ps, String from, String to, String kind, long seq) throws SQLException {
        ps.setString(1, from);
        ps.setString(2, to);
        ps.setString(3, kind);
        ps.setLong(4, seq);
        ps.addBatch();
    }
}
