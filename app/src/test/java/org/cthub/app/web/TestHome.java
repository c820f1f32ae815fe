package org.cthub.app.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the test server at a fresh database: an embedded H2 database in a temporary folder, or, for test
 * classes marked {@link OnPostgres}, a fresh schema in the PostgreSQL server the store tests use. Without that
 * server those classes are skipped with the reason, except under {@code CI=true}, where they fail.
 */
public final class TestHome implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String DATABASE_PROPERTY = "cthub.test.database";
    static final String POSTGRES_URL = System.getenv().getOrDefault("CTHUB_TEST_PG_URL",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> settings = new HashMap<>();
        try {
            Path home = Files.createTempDirectory("cthub-web-test");
            home.toFile().deleteOnExit();
            settings.put("CTHUB_HOME", home.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if ("postgresql".equals(context.getEnvironment().getProperty(DATABASE_PROPERTY))) {
            settings.put("CTHUB_DB_URL", freshSchema());
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            settings.put("CTHUB_KEYS", "webtest:" + Base64.getEncoder().encodeToString(key));
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("cthub-test-home", settings));
    }

    private static String freshSchema() {
        String schema = "webtest_" + Long.toHexString(System.nanoTime());
        try (Connection connection = DriverManager.getConnection(POSTGRES_URL);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(schema)));
        } catch (SQLException e) {
            String reason = "PostgreSQL at " + POSTGRES_URL + " is unreachable (" + e.getMessage() + ")";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError("CI=true needs PostgreSQL: " + reason, e);
            }
            Assumptions.abort(reason);
        }
        return POSTGRES_URL + "&currentSchema=" + schema;
    }

    // The server's pool may still be open when the JVM ends; its idle connections hold no locks.
    private static void drop(String schema) {
        try (Connection connection = DriverManager.getConnection(POSTGRES_URL);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            System.err.println("Could not drop the test schema " + schema + ": " + e.getMessage());
        }
    }
}
