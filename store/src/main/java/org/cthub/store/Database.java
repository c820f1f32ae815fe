package org.cthub.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The CT Hub database: a connection pool on PostgreSQL or an embedded H2 file, migrated to the current schema
 * when opened, and the transactions that every repository runs in.
 *
 * <pre>{@code
 * try (Database database = Database.open("jdbc:postgresql://db/cthub?user=cthub")) {
 *     long cases = database.inTransaction(connection -> ...);
 * }
 * }</pre>
 */
public final class Database implements AutoCloseable {

    /** The database products CT Hub runs on. */
    public enum Vendor { H2, POSTGRESQL }

    private static final int DEFAULT_POOL_SIZE = 8;

    private final HikariDataSource pool;
    private final Vendor vendor;

    private Database(HikariDataSource pool, Vendor vendor) {
        this.pool = pool;
        this.vendor = vendor;
    }

    /**
     * Opens and migrates the database at a JDBC URL whose credentials, if any, are in the URL.
     *
     * @throws IllegalArgumentException when the URL is neither PostgreSQL nor H2, or sets H2 to another mode
     * @throws UnableToOpenDatabaseException when the database cannot be reached
     * @throws UnableToMigrateDatabaseException when a migration fails
     */
    public static Database open(String jdbcUrl) {
        return open(jdbcUrl, null, null);
    }

    /** Opens and migrates the database at a JDBC URL with a user and password (either may be null). */
    public static Database open(String jdbcUrl, String user, String password) {
        DatabaseUrl url = DatabaseUrl.of(jdbcUrl);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url.url());
        config.setUsername(user);
        config.setPassword(password);
        config.setPoolName("cthub-store");
        config.setMaximumPoolSize(DEFAULT_POOL_SIZE);
        config.setMinimumIdle(1);
        url.driverProperties().forEach(config::addDataSourceProperty);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            throw new UnableToOpenDatabaseException("Unable to connect to " + DatabaseUrl.redacted(jdbcUrl)
                    + "; check that the server runs and accepts these credentials", e.getCause());
        }
        Database database = new Database(pool, url.vendor());
        try {
            database.migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return database;
    }

    /** The JDBC URL of an embedded H2 database kept in the given directory, with the settings CT Hub needs. */
    public static String h2FileUrl(Path directory) {
        Objects.requireNonNull(directory, "directory");
        return DatabaseUrl.h2File(directory);
    }

    /**
     * Runs work in one transaction: committed when the work returns, rolled back when it throws anything.
     * Runtime exceptions from the work pass through unchanged; an {@link SQLException} becomes an
     * {@link UnableToExecuteStatementException}. Transactions do not nest: call this again only from outside.
     */
    public <T> T inTransaction(ConnectionCallback<T> work) {
        Objects.requireNonNull(work, "work");
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.withConnection(connection);
                connection.commit();
                return result;
            } catch (Throwable failure) {
                rollback(connection, failure);
                throw failure;
            }
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException("complete a transaction", e);
        }
    }

    /** The product this database runs on. */
    public Vendor vendor() {
        return vendor;
    }

    /** The pool, for frameworks that manage their own transactions. */
    public DataSource dataSource() {
        return pool;
    }

    /** Closes the pool; an embedded H2 database is closed with its last connection. */
    @Override
    public void close() {
        pool.close();
    }

    private void migrate() {
        try {
            Flyway.configure(Database.class.getClassLoader())
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true)
                    .validateMigrationNaming(true)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new UnableToMigrateDatabaseException("Unable to bring the schema up to date", e);
        }
    }

    private static void rollback(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            failure.addSuppressed(new UnableToExecuteStatementException("roll back", rollbackFailure));
        }
    }
}
