package org.cthub.store.cases;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.Objects;
import java.util.stream.Stream;
import org.cthub.store.Database;
import org.cthub.store.organisations.Organisations;

/**
 * Reading cases out of the store, and the COPY baseline of the import benchmark. Writing goes through
 * {@link CaseWriter}, inside an import or another transaction.
 */
public final class CaseStore {

    private final Database database;
    private final CaseRows rows;
    private final Clock clock;

    public CaseStore(Database database, CaseRows rows, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.rows = Objects.requireNonNull(rows, "rows");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** How many cases {@link #export()} streams: every case that is not voided. */
    public long count() {
        return database.inTransaction(connection -> {
            try (java.sql.Statement count = connection.createStatement();
                 java.sql.ResultSet row = count.executeQuery(
                         "SELECT COUNT(*) FROM trafficking_case WHERE voided = FALSE")) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    /**
     * Every case that is not voided, decrypted, ordered by reference (then organisation), read as the stream is
     * consumed. The stream holds a database connection: close it, with try-with-resources.
     *
     * @throws org.cthub.store.crypto.UnableToDecryptException while streaming, when a case's key is missing
     */
    public Stream<StoredCase> export() {
        return CaseExport.stream(database.dataSource(), rows, null);
    }

    /** Like {@link #export()}, for the cases of one organisation (none when the code is unknown). */
    public Stream<StoredCase> export(String organisationCode) {
        return CaseExport.stream(database.dataSource(), rows, Organisations.normaliseCode(organisationCode));
    }

    /**
     * Loads rows prepared by {@link CaseRows#prepare} straight into {@code trafficking_case} with PostgreSQL's
     * COPY, in one transaction, as version 1 without an import batch. For the import benchmark's baseline:
     * it neither checks existing references nor keeps history.
     *
     * @return the number of rows loaded
     * @throws IllegalStateException when the database is not PostgreSQL
     * @throws org.cthub.store.UnableToExecuteStatementException when a reference exists already
     */
    public long copyBaseline(Iterator<PreparedCaseRow> preparedRows, String user) {
        Objects.requireNonNull(preparedRows, "preparedRows");
        Objects.requireNonNull(user, "user");
        if (database.vendor() != Database.Vendor.POSTGRESQL) {
            throw new IllegalStateException("COPY is a PostgreSQL command; this database is " + database.vendor());
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.MICROS);
        return database.inTransaction(connection -> CopyBaseline.copy(connection, preparedRows, user, now));
    }
}
