package cn.huinong.market.catalog.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Writes {@code search_document} rows on the caller's transaction (through Hibernate's connection, after flushing
 * the caller's pending changes, so the row is built from what the caller just wrote and commits or rolls back
 * with it). Every product is indexed whatever its status; searches check status at read time.
 */
@ApplicationScoped
public class PostgresProductIndexer implements ProductIndexer {

    /** Products indexed per statement in batch work (shop re-index, catch-up, rebuild). */
    static final int BATCH = 500;

    private static final String DOCUMENT_SOURCE = "SELECT p.id, p.name_zh, p.name_en, p.description_zh,"
            + " p.description_en, p.updated_at, s.county_name, s.township_name, s.village_name,"
            + " s.updated_at AS shop_updated_at FROM product p JOIN shop s ON s.id = p.shop_id WHERE p.id = ANY (?)";

    private static final String UPSERT = "INSERT INTO search_document (product_id, tokens, name_count, place_count,"
            + " product_updated_at, shop_updated_at, indexed_at)"
            + " SELECT d.id, d.tokens, d.name_count, d.place_count, d.product_updated_at, d.shop_updated_at, ?"
            + " FROM jsonb_to_recordset(?::jsonb) AS d(id uuid, tokens text[], name_count smallint, place_count smallint,"
            + " product_updated_at timestamptz, shop_updated_at timestamptz)"
            + " ON CONFLICT (product_id) DO UPDATE SET tokens = EXCLUDED.tokens, name_count = EXCLUDED.name_count,"
            + " place_count = EXCLUDED.place_count, product_updated_at = EXCLUDED.product_updated_at,"
            + " shop_updated_at = EXCLUDED.shop_updated_at, indexed_at = EXCLUDED.indexed_at";

    @Inject EntityManager entityManager;

    @Inject ObjectMapper json;

    @Inject Clock clock;

    @Override
    @Transactional
    public void reindex(UUID productId) {
        withConnection(connection -> index(connection, List.of(productId)));
    }

    @Override
    @Transactional
    public void reindexShop(UUID shopId) {
        withConnection(connection -> {
            List<UUID> ids = ids(connection, "SELECT id FROM product WHERE shop_id = ? ORDER BY id", shopId);
            for (int i = 0; i < ids.size(); i += BATCH) {
                index(connection, ids.subList(i, Math.min(ids.size(), i + BATCH)));
            }
        });
    }

    /**
     * Indexes up to {@link #BATCH} products whose row or shop changed after they were indexed, or that were never
     * indexed, in the caller's transaction.
     *
     * @return how many it indexed (0 when the index is current)
     */
    @Transactional
    public int catchUp() {
        int[] done = {0};
        withConnection(connection -> {
            List<UUID> ids = ids(connection, "SELECT p.id FROM product p JOIN shop s ON s.id = p.shop_id"
                    + " LEFT JOIN search_document d ON d.product_id = p.id"
                    + " WHERE d.product_id IS NULL OR d.product_updated_at <> p.updated_at"
                    + " OR d.shop_updated_at <> s.updated_at ORDER BY p.id LIMIT " + BATCH);
            index(connection, ids);
            done[0] = ids.size();
        });
        return done[0];
    }

    /**
     * Re-indexes the batch of products that follows {@code afterId} in id order (null: the first batch).
     *
     * @return the last id of the batch, or null when there was nothing after {@code afterId}
     */
    @Transactional
    public UUID rebuildBatch(UUID afterId) {
        UUID[] last = {null};
        withConnection(connection -> {
            List<UUID> ids = afterId == null ? ids(connection, "SELECT id FROM product ORDER BY id LIMIT " + BATCH)
                    : ids(connection, "SELECT id FROM product WHERE id > ? ORDER BY id LIMIT " + BATCH, afterId);
            index(connection, ids);
            last[0] = ids.isEmpty() ? null : ids.get(ids.size() - 1);
        });
        return last[0];
    }

    private static List<UUID> ids(Connection connection, String sql, Object... params) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                select.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
        }
        return ids;
    }

    /** How many products the index holds. */
    @Transactional
    public long countDocuments() {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM search_document").getSingleResult())
                .longValue();
    }

    /** Builds and writes the documents of the given products; drops the rows of products that no longer exist. */
    void index(Connection connection, List<UUID> productIds) throws SQLException {
        if (productIds.isEmpty()) {
            return;
        }
        UUID[] ids = productIds.stream().sorted().distinct().toArray(UUID[]::new);
        // One indexer at a time per product: a concurrent re-index waits here and then reads the committed data,
        // so an older read can never overwrite a newer document.
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT count(pg_advisory_xact_lock(hashtextextended('search:' || x.id::text, 0)))"
                        + " FROM (SELECT id FROM unnest(?::uuid[]) AS u(id) ORDER BY id) x")) {
            lock.setArray(1, connection.createArrayOf("uuid", ids));
            lock.executeQuery().close();
        }
        ArrayNode documents = json.createArrayNode();
        Set<UUID> found = new LinkedHashSet<>();
        try (PreparedStatement source = connection.prepareStatement(DOCUMENT_SOURCE)) {
            source.setArray(1, connection.createArrayOf("uuid", ids));
            try (ResultSet rs = source.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject("id", UUID.class);
                    found.add(id);
                    Set<String> name = new LinkedHashSet<>(SearchTokenizer.nameTokens(rs.getString("name_zh")));
                    name.addAll(SearchTokenizer.nameTokens(rs.getString("name_en")));
                    // In order of weight: a token keeps the place of the best field it occurs in.
                    Set<String> all = new LinkedHashSet<>(name);
                    for (String column : List.of("county_name", "township_name", "village_name")) {
                        all.addAll(SearchTokenizer.nameTokens(rs.getString(column)));
                    }
                    int placeCount = all.size() - name.size();
                    all.addAll(SearchTokenizer.textTokens(rs.getString("description_zh")));
                    all.addAll(SearchTokenizer.textTokens(rs.getString("description_en")));
                    ObjectNode document = documents.addObject();
                    document.put("id", id.toString());
                    all.forEach(document.putArray("tokens")::add);
                    document.put("name_count", name.size());
                    document.put("place_count", placeCount);
                    document.put("product_updated_at", rs.getObject("updated_at", OffsetDateTime.class).toString());
                    document.put("shop_updated_at",
                            rs.getObject("shop_updated_at", OffsetDateTime.class).toString());
                }
            }
        }
        if (!found.isEmpty()) {
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
                upsert.setObject(1, OffsetDateTime.now(clock));
                upsert.setString(2, toJson(documents));
                upsert.executeUpdate();
            }
        }
        if (found.size() < ids.length) {
            List<UUID> gone = new ArrayList<>();
            for (UUID id : ids) {
                if (!found.contains(id)) {
                    gone.add(id);
                }
            }
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM search_document WHERE product_id = ANY (?)")) {
                delete.setArray(1, connection.createArrayOf("uuid", gone.toArray(UUID[]::new)));
                delete.executeUpdate();
            }
        }
    }

    private String toJson(ArrayNode documents) {
        try {
            return json.writeValueAsString(documents);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write search documents as JSON", e);
        }
    }

    private interface Work {

        void run(Connection connection) throws SQLException;
    }

    private void withConnection(Work work) {
        entityManager.flush();
        entityManager.unwrap(Session.class).doWork(work::run);
    }
}
