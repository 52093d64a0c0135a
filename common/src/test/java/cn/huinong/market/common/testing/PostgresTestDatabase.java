package cn.huinong.market.common.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A fresh test database on the real PostgreSQL server for each test run of a service: dropped and created
 * again, so no run sees another's rows. Server and credentials come from HUINONG_TEST_PG_URL (an admin JDBC URL),
 * HUINONG_TEST_PG_USER and HUINONG_TEST_PG_PASSWORD; the default is the local trust-auth server.
 */
public class PostgresTestDatabase implements QuarkusTestResourceLifecycleManager {

    private String database = "huinong_test";

    @Override
    public void init(Map<String, String> initArgs) {
        // A suffix lets several checkouts of the project run their tests at once on one server.
        String suffix = System.getenv().getOrDefault("HUINONG_TEST_DB_SUFFIX", "");
        database = initArgs.getOrDefault("database", database) + suffix;
        if (!database.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("Unsafe test database name: " + database);
        }
    }

    @Override
    public Map<String, String> start() {
        try (Connection admin = DriverManager.getConnection(adminUrl(), user(), password());
                Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + database + " on " + adminUrl()
                    + ": is PostgreSQL running? (pg_ctlcluster <version> main start)", e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl(database),
                "quarkus.datasource.username", user(),
                "quarkus.datasource.password", password());
    }

    @Override
    public void stop() {
        // Kept after the run on purpose: a failed test's rows can be inspected; the next run drops it.
    }

    static String adminUrl() {
        return env("HUINONG_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    }

    static String user() {
        return env("HUINONG_TEST_PG_USER", "postgres");
    }

    static String password() {
        return env("HUINONG_TEST_PG_PASSWORD", "");
    }

    static String jdbcUrl(String database) {
        String admin = adminUrl();
        int slash = admin.lastIndexOf('/');
        int query = admin.indexOf('?', slash);
        return admin.substring(0, slash + 1) + database + (query < 0 ? "" : admin.substring(query));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
