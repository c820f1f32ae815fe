package org.cthub.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/** A fresh, migrated database for one test class: an H2 file in a temporary directory or a PostgreSQL schema. */
public final class TestDatabase implements AutoCloseable {

    private final Database database;
    private final Runnable dropIt;
    private final String url;

    private TestDatabase(Database database, Runnable dropIt, String url) {
        this.database = database;
        this.dropIt = dropIt;
        this.url = url;
    }

    static TestDatabase h2() {
        try {
            Path directory = Files.createTempDirectory("cthub-store-test");
            String url = Database.h2FileUrl(directory);
            return new TestDatabase(Database.open(url), () -> delete(directory), url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TestDatabase postgres(String serverUrl) {
        String schema = "t_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        execute(serverUrl, "CREATE SCHEMA " + schema);
        String url = serverUrl + (serverUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new TestDatabase(Database.open(url), () -> execute(serverUrl, "DROP SCHEMA " + schema + " CASCADE"),
                url);
    }

    /** The JDBC URL of this database, to open it a second time with other settings. */
    public String url() {
        return url;
    }

    public Database database() {
        return database;
    }

    public Database.Vendor vendor() {
        return database.vendor();
    }

    /** The rows of a query, each a map from lower-case column name to value; timestamps as instants. */
    public List<Map<String, Object>> rows(String sql, Object... parameters) {
        return database.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                List<Map<String, Object>> rows = new ArrayList<>();
                try (ResultSet result = statement.executeQuery()) {
                    ResultSetMetaData meta = result.getMetaData();
                    while (result.next()) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        for (int column = 1; column <= meta.getColumnCount(); column++) {
                            Object value = meta.getColumnType(column) == java.sql.Types.CLOB
                                    ? result.getString(column) : result.getObject(column);
                            if (value instanceof java.sql.Timestamp timestamp) {
                                value = timestamp.toInstant();
                            } else if (value instanceof java.time.OffsetDateTime offsetDateTime) {
                                value = offsetDateTime.toInstant();
                            }
                            row.put(meta.getColumnLabel(column).toLowerCase(java.util.Locale.ROOT), value);
                        }
                        rows.add(row);
                    }
                }
                return rows;
            }
        });
    }

    /** The single number a query returns, such as a count. */
    public long number(String sql, Object... parameters) {
        return ((Number) rows(sql, parameters).getFirst().values().iterator().next()).longValue();
    }

    /** Runs an update outside the code under test, such as voiding a case. */
    public int update(String sql, Object... parameters) {
        return database.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                return statement.executeUpdate();
            }
        });
    }

    @Override
    public void close() {
        try {
            database.close();
        } finally {
            dropIt.run();
        }
    }

    @Override
    public String toString() {
        return vendor().toString();
    }

    private static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Unable to run " + sql, e);
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
