package cn.huinong.market.catalog.search;

import cn.huinong.market.common.paging.Cursor;
import cn.huinong.market.common.paging.Page;
import cn.huinong.market.common.problem.ProblemException;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Search on PostgreSQL: candidates come from the GIN index on {@code search_document.tokens} (all query tokens
 * must be present), then every visibility, stock, price and halal rule is evaluated on the live tables. Price and
 * halal are computed for every candidate only when a filter or the sort needs them; otherwise only for the rows
 * of the page.
 */
@ApplicationScoped
public class PostgresProductSearch implements ProductSearch {

    private static final Logger LOG = Logger.getLogger(PostgresProductSearch.class);
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** Relevance weights of a matched query token by where it was found (name > place > description). */
    static final int WEIGHT_NAME = 8;
    static final int WEIGHT_PLACE = 3;
    static final int WEIGHT_TEXT = 1;

    @Inject AgroalDataSource dataSource;

    @ConfigProperty(name = "huinong.catalog.inventory.perishable-confirm-days", defaultValue = "2") int perishableConfirmDays;

    @Inject Clock clock;

    @Override
    public Page<SearchHit> search(SearchQuery query) {
        List<String> tokens = query.text() == null ? List.of() : SearchTokenizer.queryTokens(query.text());
        boolean hasText = query.text() != null && !query.text().isBlank();
        SearchSort sort = !hasText && query.sort() == SearchSort.RELEVANCE ? SearchSort.NEWEST : query.sort();
        Keys after = Keys.decode(query.after(), sort);
        if (hasText && tokens.isEmpty()) {
            return new Page<>(List.of(), null);
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, CHINA);
        OffsetDateTime perishableCutoff = now.minus(Duration.ofDays(perishableConfirmDays)).atOffset(ZoneOffset.UTC);

        boolean priceInside = query.inStock() != null || query.minPriceFen() != null || query.maxPriceFen() != null
                || sort == SearchSort.PRICE_ASC || sort == SearchSort.PRICE_DESC;
        boolean halalInside = query.halal() != null;

        Sql sql = new Sql();
        sql.add("WITH RECURSIVE ").add(SearchRules.CATEGORY_CLOSURE);
        if (hasText) {
            String[] tokenArray = tokens.toArray(String[]::new);
            // A token's position in d.tokens tells where it was found: name, then place names, then descriptions.
            sql.add(", matched AS (SELECT d.product_id, (SELECT sum(CASE WHEN x.at <= d.name_count THEN "
                    + WEIGHT_NAME + " WHEN x.at <= d.name_count + d.place_count THEN " + WEIGHT_PLACE + " ELSE "
                    + WEIGHT_TEXT
                    + " END) FROM (SELECT array_position(d.tokens, t) AS at FROM unnest(?::text[]) t) x)::int"
                    + " AS score"
                    + " FROM search_document d WHERE d.tokens @> ?::text[])", tokenArray, tokenArray);
        }
        sql.add(", hits AS (SELECT p.id, p.shop_id, p.category_id, coalesce(p.published_at, p.created_at) AS published, ");
        sql.add(hasText ? "m.score" : "0").add(" AS score, ");
        if (halalInside) {
            sql.add(SearchRules.HALAL_OF_PRODUCT.formatted("p"), today, today);
        } else {
            sql.add("NULL::boolean");
        }
        sql.add(" AS halal, ");
        sql.add(priceInside ? "sp.min_price" : "NULL::bigint").add(" AS min_price FROM ");
        sql.add(hasText ? "matched m JOIN product p ON p.id = m.product_id" : "product p");
        sql.add(" JOIN shop s ON s.id = p.shop_id");
        if (priceInside) {
            sql.add(SearchRules.MIN_SELLABLE_PRICE_JOIN.formatted("p.id"), perishableCutoff);
        }
        sql.add(" WHERE ").add(SearchRules.VISIBLE);
        if (query.countyCode() != null) {
            sql.add(" AND s.county_code = ?", query.countyCode());
        }
        if (query.categoryId() != null) {
            sql.add(" AND p.category_id IN (SELECT cp.category_id FROM cat_path cp WHERE cp.ancestor_id = ?)",
                    query.categoryId());
        }
        sql.add("), page AS (SELECT h.*, ").add(sortKey(sort)).add(" AS sort_key FROM hits h WHERE TRUE");
        if (query.halal() != null) {
            sql.add(" AND h.halal = ?", query.halal());
        }
        if (query.inStock() != null) {
            sql.add(query.inStock() ? " AND h.min_price IS NOT NULL" : " AND h.min_price IS NULL");
        }
        if (query.minPriceFen() != null) {
            sql.add(" AND h.min_price >= ?", query.minPriceFen());
        }
        if (query.maxPriceFen() != null) {
            sql.add(" AND h.min_price <= ?", query.maxPriceFen());
        }
        if (after != null) {
            keyset(sql, sort, after);
        }
        sql.add(" ORDER BY ").add(orderBy(sort, "")).add(" LIMIT ?", query.limit() + 1);
        sql.add(") SELECT pg.id, p.name_zh, p.name_en, pg.shop_id, s.name_zh AS shop_name_zh,"
                + " s.name_en AS shop_name_en, s.county_code, s.county_name, pg.category_id,"
                + " c.name_zh AS category_name_zh, c.name_en AS category_name_en, ");
        if (priceInside) {
            sql.add("pg.min_price");
        } else {
            sql.add(SearchRules.MIN_SELLABLE_PRICE_OF.formatted("pg.id"), perishableCutoff);
        }
        sql.add(" AS min_price, ");
        if (halalInside) {
            sql.add("pg.halal");
        } else {
            sql.add(SearchRules.HALAL_OF_PRODUCT.formatted("pg"), today, today);
        }
        sql.add(" AS halal, ").add(SearchRules.SUPPORT_LABEL)
                .add(" AS support_label, pg.published, pg.score, pg.sort_key"
                        + " FROM page pg JOIN product p ON p.id = pg.id JOIN shop s ON s.id = pg.shop_id"
                        + " JOIN category c ON c.id = pg.category_id ORDER BY ")
                .add(orderBy(sort, "pg."));

        List<Row> rows = run(sql);
        SearchSort cursorSort = sort;
        return Page.of(rows, query.limit(), Row::hit, row -> Keys.encode(cursorSort, row));
    }

    List<Row> run(Sql sql) {
        if (LOG.isDebugEnabled()) {
            // One line, values inlined: paste it after EXPLAIN ANALYZE (benchmarks/search/run.sh does).
            LOG.debugf("search SQL: %s", sql.inlined());
        }
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                // JIT compilation costs ~150 ms on this query shape and pays off only on far larger scans.
                try (var noJit = connection.createStatement()) {
                    noJit.execute("SET LOCAL jit = off");
                }
                List<Row> rows = read(connection, sql);
                connection.commit();
                return rows;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Search query failed", e);
        }
    }

    private static List<Row> read(Connection connection, Sql sql) throws SQLException {
        try (PreparedStatement statement = sql.prepare(connection);
                ResultSet rs = statement.executeQuery()) {
            List<Row> rows = new ArrayList<>();
            while (rs.next()) {
                Long price = rs.getObject("min_price", Long.class);
                OffsetDateTime published = rs.getObject("published", OffsetDateTime.class);
                SearchHit hit = new SearchHit(rs.getObject("id", UUID.class), rs.getString("name_zh"),
                        rs.getString("name_en"), rs.getObject("shop_id", UUID.class), rs.getString("shop_name_zh"),
                        rs.getString("shop_name_en"), rs.getString("county_code"), rs.getString("county_name"),
                        rs.getObject("category_id", UUID.class), rs.getString("category_name_zh"),
                        rs.getString("category_name_en"), price, "CNY", price != null, rs.getBoolean("halal"),
                        rs.getBoolean("support_label"), published);
                rows.add(new Row(hit, rs.getInt("score"), rs.getLong("sort_key")));
            }
            return rows;
        }
    }

    /** A numeric sort key for the price orders, products with no sellable SKU last in both directions. */
    private static String sortKey(SearchSort sort) {
        return switch (sort) {
            case PRICE_ASC -> "coalesce(h.min_price, 9223372036854775807)";
            case PRICE_DESC -> "coalesce(h.min_price, -1)";
            default -> "0::bigint";
        };
    }

    private static String orderBy(SearchSort sort, String alias) {
        return switch (sort) {
            case RELEVANCE -> alias + "score DESC, " + alias + "published DESC, " + alias + "id DESC";
            case NEWEST -> alias + "published DESC, " + alias + "id DESC";
            case PRICE_ASC -> (alias.isEmpty() ? sortKey(sort) : alias + "sort_key") + " ASC, " + alias + "id ASC";
            case PRICE_DESC -> (alias.isEmpty() ? sortKey(sort) : alias + "sort_key") + " DESC, " + alias + "id DESC";
        };
    }

    private static void keyset(Sql sql, SearchSort sort, Keys after) {
        switch (sort) {
            case RELEVANCE -> sql.add(" AND (h.score, h.published, h.id) < (?, ?, ?)", after.score, after.published,
                    after.id);
            case NEWEST -> sql.add(" AND (h.published, h.id) < (?, ?)", after.published, after.id);
            case PRICE_ASC -> sql.add(" AND (" + sortKey(sort) + ", h.id) > (?, ?)", after.sortKey, after.id);
            case PRICE_DESC -> sql.add(" AND (" + sortKey(sort) + ", h.id) < (?, ?)", after.sortKey, after.id);
        }
    }

    record Row(SearchHit hit, int score, long sortKey) {
    }

    /** The keys of the last row of a page, as carried in the opaque cursor: sort, score, published (µs), key, id. */
    private record Keys(int score, OffsetDateTime published, long sortKey, UUID id) {

        static String encode(SearchSort sort, Row row) {
            Instant at = row.hit().publishedAt().toInstant();
            long micros = Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1000);
            return Cursor.encode(sort.param(), row.score(), micros, row.sortKey(), row.hit().id());
        }

        static Keys decode(String cursor, SearchSort sort) {
            List<String> keys = Cursor.decode(cursor, 5);
            if (keys.isEmpty()) {
                return null;
            }
            if (!sort.param().equals(keys.get(0))) {
                throw invalid();
            }
            try {
                long micros = Long.parseLong(keys.get(2));
                Instant at = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
                        Math.floorMod(micros, 1_000_000L) * 1000);
                return new Keys(Integer.parseInt(keys.get(1)), at.atOffset(ZoneOffset.UTC), Long.parseLong(keys.get(3)),
                        UUID.fromString(keys.get(4)));
            } catch (RuntimeException e) {
                throw invalid();
            }
        }

        private static ProblemException invalid() {
            return ProblemException.invalidField("after", "detail.cursor-invalid");
        }
    }

    /** SQL text with its bind values in the order of the {@code ?} marks. */
    static final class Sql {

        private final StringBuilder text = new StringBuilder();
        private final List<Object> params = new ArrayList<>();

        Sql add(String fragment, Object... values) {
            text.append(fragment);
            params.addAll(List.of(values));
            return this;
        }

        String text() {
            return text.toString();
        }

        List<Object> params() {
            return params;
        }

        /** The statement with its values written in as SQL literals, for logs and EXPLAIN only. */
        String inlined() {
            StringBuilder out = new StringBuilder();
            int next = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '?' && next < params.size()) {
                    out.append(literal(params.get(next++)));
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }

        private static String literal(Object value) {
            if (value == null) {
                return "NULL";
            }
            if (value instanceof String[] array) {
                List<String> items = new ArrayList<>();
                for (String item : array) {
                    items.add(literal(item));
                }
                return "ARRAY[" + String.join(",", items) + "]::text[]";
            }
            if (value instanceof Number || value instanceof Boolean) {
                return value.toString();
            }
            String type = value instanceof UUID ? "::uuid"
                    : value instanceof OffsetDateTime ? "::timestamptz"
                            : value instanceof LocalDate ? "::date" : "";
            return "'" + value.toString().replace("'", "''") + "'" + type;
        }

        PreparedStatement prepare(Connection connection) throws SQLException {
            PreparedStatement statement = connection.prepareStatement(text.toString());
            for (int i = 0; i < params.size(); i++) {
                Object value = params.get(i);
                if (value instanceof String[] array) {
                    statement.setArray(i + 1, connection.createArrayOf("text", array));
                } else {
                    statement.setObject(i + 1, value);
                }
            }
            return statement;
        }
    }
}
