package cn.huinong.market.catalog.trace;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Traces along the lineage (recursive SQL over trace_lineage): backward from a pack, carton or lot to everything
 * upstream, the events that name any of it and the certificates those events cite; forward from a lot to every
 * derived lot, pack and carton and the orders whose shipping events carried them.
 */
@ApplicationScoped
public class TraceGraphService {

    /** The bizTransaction URI of a platform order: {@code urn:huinong:order:<uuid>}. */
    public static final String ORDER_PREFIX = "urn:huinong:order:";
    private static final String SHIPPING = CbvVocabulary.CBV + "BizStep-shipping";
    private static final int MAX_DEPTH = 32;

    @Inject DataSource dataSource;

    /** @param identifiers the start and everything upstream of it; @param events oldest first */
    public record Backward(String start, List<String> identifiers, List<StoredEvent> events,
            List<String> certificates) {
    }

    /** @param identifiers the start and everything downstream; @param orders ids of the orders that shipped any */
    public record Forward(String start, List<String> identifiers, List<String> shippingEventIds, List<UUID> orders,
            List<String> otherTransactions) {
    }

    public Backward backward(String identifier) {
        String start = EpcisParser.canonical(identifier);
        try (Connection c = dataSource.getConnection()) {
            List<String> upstream = walk(c, start, """
                    WITH RECURSIVE up(ref, depth) AS (
                        SELECT CAST(? AS text), 0
                        UNION
                        SELECT l.upstream_ref, up.depth + 1 FROM trace_lineage l JOIN up ON l.downstream_ref = up.ref
                        WHERE up.depth < ?)
                    SELECT ref FROM up GROUP BY ref ORDER BY min(depth), ref""");
            List<StoredEvent> events = eventsNaming(c, upstream);
            Set<String> certificates = new LinkedHashSet<>();
            for (StoredEvent event : events) {
                var info = event.document().path("certificationInfo");
                if (info.isTextual()) {
                    certificates.add(info.asText());
                }
                info.forEach(i -> certificates.add(i.asText()));
            }
            return new Backward(start, upstream, events, List.copyOf(certificates));
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("cannot trace back from " + identifier, e);
        }
    }

    /** Every event naming any of these identifiers (as class or instance), by event time. */
    public List<StoredEvent> eventsNaming(List<String> identifiers) {
        try (Connection c = dataSource.getConnection()) {
            return eventsNaming(c, identifiers);
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("cannot read the events of " + identifiers.size() + " identifiers", e);
        }
    }

    private static List<StoredEvent> eventsNaming(Connection c, List<String> identifiers)
            throws SQLException, JsonProcessingException {
        List<StoredEvent> events = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT e.seq, e.event_id, e.shop_id, e.document::text FROM trace_event e
                WHERE e.seq IN (SELECT k.event_seq FROM trace_event_key k WHERE k.kind IN ('C', 'E')
                                AND k.value = ANY(?))
                ORDER BY e.event_time, e.seq""")) {
            ps.setArray(1, c.createArrayOf("text", identifiers.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    events.add(new StoredEvent(rs.getLong(1), rs.getString(2), rs.getObject(3, UUID.class),
                            TraceQueryService.JSON.readTree(rs.getString(4))));
                }
            }
        }
        return events;
    }

    public Forward forward(String identifier) {
        String start = EpcisParser.canonical(identifier);
        try (Connection c = dataSource.getConnection()) {
            List<String> downstream = walk(c, start, """
                    WITH RECURSIVE down(ref, depth) AS (
                        SELECT CAST(? AS text), 0
                        UNION
                        SELECT l.downstream_ref, down.depth + 1 FROM trace_lineage l
                        JOIN down ON l.upstream_ref = down.ref
                        WHERE down.depth < ?)
                    SELECT ref FROM down GROUP BY ref ORDER BY min(depth), ref""");
            List<String> shippingEvents = new ArrayList<>();
            Set<UUID> orders = new LinkedHashSet<>();
            Set<String> others = new LinkedHashSet<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT e.event_id, t.value FROM trace_event e
                    JOIN trace_event_key t ON t.event_seq = e.seq AND t.kind = 'T'
                    WHERE e.biz_step = ? AND e.seq IN (SELECT k.event_seq FROM trace_event_key k
                                                       WHERE k.kind IN ('C', 'E') AND k.value = ANY(?))
                    ORDER BY e.seq""")) {
                ps.setString(1, SHIPPING);
                ps.setArray(2, c.createArrayOf("text", downstream.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (shippingEvents.isEmpty()
                                || !shippingEvents.get(shippingEvents.size() - 1).equals(rs.getString(1))) {
                            shippingEvents.add(rs.getString(1));
                        }
                        String transaction = rs.getString(2);
                        if (transaction.startsWith(ORDER_PREFIX)) {
                            try {
                                orders.add(UUID.fromString(transaction.substring(ORDER_PREFIX.length())));
                            } catch (IllegalArgumentException e) {
                                others.add(transaction);
                            }
                        } else {
                            others.add(transaction);
                        }
                    }
                }
            }
            return new Forward(start, downstream, shippingEvents, List.copyOf(orders), List.copyOf(others));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot trace forward from " + identifier, e);
        }
    }

    private static List<String> walk(Connection c, String start, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, start);
            ps.setInt(2, MAX_DEPTH);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }
}
