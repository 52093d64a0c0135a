package cn.huinong.market.catalog.trace;

import cn.huinong.market.common.paging.Cursor;
import cn.huinong.market.common.paging.Page;
import cn.huinong.market.common.problem.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/** Answers EPCIS queries over the stored events, oldest capture first, keyset-paged by capture sequence. */
@ApplicationScoped
public class TraceQueryService {

    static final ObjectMapper JSON = new ObjectMapper();

    @Inject DataSource dataSource;

    public Page<StoredEvent> events(EventQuery query, String after, int limit) {
        List<String> cursor = Cursor.decode(after, 1);
        long afterSeq;
        try {
            afterSeq = cursor.isEmpty() ? 0 : Long.parseLong(cursor.get(0));
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("after", "detail.cursor-invalid");
        }
        StringBuilder sql = new StringBuilder(
                "SELECT seq, event_id, shop_id, document::text FROM trace_event e WHERE seq > ?");
        List<Object> args = new ArrayList<>();
        args.add(afterSeq);
        if (query.shopId() != null) {
            sql.append(" AND shop_id = ?");
            args.add(query.shopId());
        }
        if (!query.eventTypes().isEmpty()) {
            sql.append(" AND event_type = ANY(?)");
            args.add(query.eventTypes().stream().map(Enum::name).toArray(String[]::new));
        }
        if (query.geEventTime() != null) {
            sql.append(" AND event_time >= ?");
            args.add(Timestamp.from(query.geEventTime().toInstant()));
        }
        if (query.ltEventTime() != null) {
            sql.append(" AND event_time < ?");
            args.add(Timestamp.from(query.ltEventTime().toInstant()));
        }
        if (!query.bizSteps().isEmpty()) {
            sql.append(" AND biz_step = ANY(?)");
            args.add(query.bizSteps().stream()
                    .map(s -> CbvVocabulary.standard().expand(CbvVocabulary.Slot.BIZ_STEP, s).orElse(s))
                    .toArray(String[]::new));
        }
        key(sql, args, "C", query.epcClasses());
        key(sql, args, "E", query.epcs());
        key(sql, args, "T", query.bizTransactions().stream().map(t -> t).toList());
        sql.append(" ORDER BY seq LIMIT ?");
        args.add(limit + 1);
        List<StoredEvent> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                Object arg = args.get(i);
                if (arg instanceof String[] array) {
                    ps.setArray(i + 1, c.createArrayOf("text", array));
                } else {
                    ps.setObject(i + 1, arg);
                }
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new StoredEvent(rs.getLong(1), rs.getString(2), rs.getObject(3, UUID.class),
                            JSON.readTree(rs.getString(4))));
                }
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("cannot query trace events", e);
        }
        return Page.of(rows, limit, r -> r, r -> Cursor.encode(r.seq()));
    }

    private static void key(StringBuilder sql, List<Object> args, String kind, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        sql.append(" AND EXISTS (SELECT 1 FROM trace_event_key k WHERE k.event_seq = e.seq AND k.kind = '")
                .append(kind).append("' AND k.value = ANY(?))");
        args.add(values.stream().map(v -> "T".equals(kind) ? v : EpcisParser.canonical(v)).toArray(String[]::new));
    }
}
