package org.cthub.store.cases;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongConsumer;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.store.UnableToExecuteStatementException;
import org.cthub.store.crypto.EncryptedValue;
import org.cthub.store.linkage.CaseLinkWriter;

/**
 * Writes the cases of one organisation inside the caller's transaction: a case whose reference is new is
 * inserted; one that exists and differs is updated (its version incremented, the previous version kept in
 * {@code trafficking_case_history}); one that exists and is identical is left alone. A case's voided flag is
 * never changed by a write.
 *
 * <p>Records are written in JDBC batches of {@value #BATCH_SIZE}, with one lookup of the existing references
 * per batch and statements reused throughout, so memory stays flat however many records come. Two records
 * with the same reference are written in order, the second updating the first. Not thread-safe; close it.
 */
public final class CaseWriter implements AutoCloseable {

    public static final int BATCH_SIZE = 1000;

    /** What a writer did: records written, and how many were inserted, updated and left unchanged. */
    public record Counts(long written, long inserted, long updated, long unchanged) {
    }

    /**
     * A record made ready to write: checked, split and its identifiers encrypted. Making it is pure work with no
     * database access, so an import can do it on another thread while this writer waits for the database.
     */
    public record Ready(CaseRecord record, SplitRecord split, PreparedCaseRow row) {
    }

    private record Existing(long id, int version, String recordJson, EncryptedValue identifiers) {
    }

    private final CaseRows rows;
    private final long organisationId;
    private final Long importBatchId;
    private final String user;
    private final OffsetDateTime now;
    private final LongConsumer progress;
    private final PreparedStatement lookup;
    private final PreparedStatement insert;
    private final PreparedStatement keepHistory;
    private final PreparedStatement update;
    private final PreparedStatement insertedIds;
    private final CaseLinkWriter linkTokens;
    private final Map<String, Ready> pending = new LinkedHashMap<>();
    private final Connection connection;
    private long nextAnalysis = BATCH_SIZE;
    private long written;
    private long inserted;
    private long updated;
    private long unchanged;

    /**
     * @param connection a connection in a transaction, which the caller commits or rolls back
     * @param importBatchId the import the cases come from, or null
     * @param user who writes, for the audit columns
     * @param now the time of the change, the same for every case written
     * @param progress told the number of records written after each batch
     */
    public CaseWriter(Connection connection, CaseRows rows, long organisationId, Long importBatchId, String user,
                      Instant now, LongConsumer progress) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.rows = Objects.requireNonNull(rows, "rows");
        this.organisationId = organisationId;
        this.importBatchId = importBatchId;
        this.user = Objects.requireNonNull(user, "user");
        this.now = Objects.requireNonNull(now, "now").atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        this.progress = Objects.requireNonNull(progress, "progress");
        try {
            this.lookup = connection.prepareStatement(CaseSql.lookup(BATCH_SIZE));
            this.insert = connection.prepareStatement(CaseSql.INSERT);
            this.keepHistory = connection.prepareStatement(CaseSql.KEEP_HISTORY);
            this.update = connection.prepareStatement(CaseSql.UPDATE);
            this.insertedIds = connection.prepareStatement(CaseSql.ids(BATCH_SIZE));
        } catch (SQLException e) {
            close();
            throw new UnableToExecuteStatementException("prepare the case statements", e);
        }
        this.linkTokens = new CaseLinkWriter(connection, rows.cipher(), this.now);
    }

    /**
     * Adds a record; it is written with its batch, at the latest by {@link #finish()}.
     *
     * @throws UnableToWriteCaseException when the record has no usable reference or coordinates, or is too
     *     large; the message names the record's position (1-based), not its content
     */
    public void write(CaseRecord record) {
        write(ready(rows, organisationId, written + 1, record));
    }

    /** Writes a record made ready by {@link #ready}, for the same organisation. */
    public void write(Ready ready) {
        Objects.requireNonNull(ready, "ready");
        written++;
        String reference = ready.record().caseInfo().reference();
        if (pending.containsKey(reference)) {
            flush();
        }
        pending.put(reference, ready);
        if (pending.size() >= BATCH_SIZE) {
            flush();
        }
    }

    /**
     * Checks, splits and seals a record for writing; thread-safe.
     *
     * @param number the record's position in its file, for messages
     * @throws UnableToWriteCaseException when the record has no valid reference or cannot be stored
     */
    public static Ready ready(CaseRows rows, long organisationId, long number, CaseRecord record) {
        Objects.requireNonNull(record, "record");
        String reference = record.caseInfo().reference();
        if (!CaseRows.isValidReference(reference)) {
            throw new UnableToWriteCaseException("Record " + number + " has no case reference, or one longer than "
                    + CaseRows.MAX_REFERENCE_LENGTH + " characters; every stored case needs its reference");
        }
        SplitRecord split;
        try {
            split = rows.split(record);
        } catch (IllegalArgumentException e) {
            throw new UnableToWriteCaseException("Record " + number + " cannot be stored: " + e.getMessage());
        }
        if (!CaseRows.fitsColumns(split)) {
            throw new UnableToWriteCaseException("Record " + number + " is too large to store: its text exceeds "
                    + CaseRows.MAX_COLUMN_LENGTH + " characters once encoded");
        }
        return new Ready(record, split, rows.seal(organisationId, record, split));
    }

    /** Writes what is pending and returns the counts. */
    public Counts finish() {
        flush();
        return new Counts(written, inserted, updated, unchanged);
    }

    @Override
    public void close() {
        if (linkTokens != null) {
            linkTokens.close();
        }
        for (Statement statement : new Statement[] {lookup, insert, keepHistory, update, insertedIds}) {
            try {
                if (statement != null) {
                    statement.close();
                }
            } catch (SQLException ignored) {
                // Closing fails only on a broken connection, whose transaction the caller rolls back.
            }
        }
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        try {
            Map<String, Existing> existing = findExisting();
            int inserts = 0;
            int updates = 0;
            for (Map.Entry<String, Ready> entry : pending.entrySet()) {
                Existing current = existing.get(entry.getKey());
                Ready next = entry.getValue();
                if (current == null) {
                    addInsert(next);
                    inserts++;
                } else if (isSame(entry.getKey(), current, next.split())) {
                    unchanged++;
                } else {
                    addUpdate(current, next);
                    linkTokens.add(current.id(), organisationId, next.record().person(), false);
                    updates++;
                }
            }
            execute(inserts, updates);
            if (inserts > 0) {
                addInsertedTokens(existing);
            }
            linkTokens.flush();
            inserted += inserts;
            updated += updates;
            refreshStatistics();
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException("write a batch of cases", e);
        }
        pending.clear();
        progress.accept(written);
    }

    /**
     * On PostgreSQL, analyses the table when the import has written 1,000, 10,000, 100,000... cases. The
     * planner otherwise plans each batch's lookup with the statistics of the table before the import (empty,
     * for a first import), picks an index that leads with the organisation or a sequential scan, and reads the
     * whole organisation for every batch: quadratic, 0.8 to 1.7 s a batch past 100,000 cases. ANALYZE inside
     * the transaction samples the import's own rows, so the lookup stays a probe of the unique key.
     */
    private void refreshStatistics() throws SQLException {
        if (written < nextAnalysis) {
            return;
        }
        nextAnalysis = written * 10;
        if (connection.getMetaData().getDatabaseProductName().startsWith("PostgreSQL")) {
            try (Statement analyse = connection.createStatement()) {
                analyse.execute("ANALYZE trafficking_case");
            }
        }
    }

    private Map<String, Existing> findExisting() throws SQLException {
        int index = 1;
        for (String reference : pending.keySet()) {
            lookup.setString(index++, reference);
        }
        while (index <= BATCH_SIZE) {
            lookup.setNull(index++, Types.VARCHAR);
        }
        lookup.setLong(index, organisationId);
        Map<String, Existing> existing = new HashMap<>();
        try (ResultSet row = lookup.executeQuery()) {
            while (row.next()) {
                existing.put(row.getString("reference"), new Existing(row.getLong("id"), row.getInt("version"),
                        row.getString("record_json"),
                        new EncryptedValue(row.getString("key_id"), row.getString("identifiers"))));
            }
        }
        return existing;
    }

    /** Adds the blocking tokens of the batch's new cases, whose ids the database has just given. */
    private void addInsertedTokens(Map<String, Existing> existing) throws SQLException {
        int index = 1;
        for (String reference : pending.keySet()) {
            insertedIds.setString(index++, existing.containsKey(reference) ? null : reference);
        }
        while (index <= BATCH_SIZE) {
            insertedIds.setNull(index++, Types.VARCHAR);
        }
        insertedIds.setLong(index, organisationId);
        try (ResultSet row = insertedIds.executeQuery()) {
            while (row.next()) {
                linkTokens.add(row.getLong(1), organisationId, pending.get(row.getString(2)).record().person(), true);
            }
        }
    }

    /** Identical when both parts are; the identifiers are compared decrypted, as each encryption differs. */
    private boolean isSame(String reference, Existing current, SplitRecord next) {
        return current.recordJson().equals(next.recordJson())
                && rows.decryptIdentifiers(organisationId, reference, current.identifiers())
                        .equals(next.identifiersJson());
    }

    private void addInsert(Ready next) throws SQLException {
        PreparedCaseRow row = next.row();
        insert.setLong(1, organisationId);
        insert.setString(2, row.reference());
        int index = CaseSql.bindWritten(insert, 3, row, importBatchId, now, user);
        insert.setObject(index++, now);
        insert.setString(index, user);
        insert.addBatch();
    }

    private void addUpdate(Existing current, Ready next) throws SQLException {
        keepHistory.setLong(1, current.id());
        keepHistory.setInt(2, current.version());
        keepHistory.addBatch();
        PreparedCaseRow row = next.row();
        int index = CaseSql.bindWritten(update, 1, row, importBatchId, now, user);
        update.setLong(index++, current.id());
        update.setInt(index, current.version());
        update.addBatch();
    }

    private void execute(int inserts, int updates) throws SQLException {
        try {
            if (inserts > 0) {
                insert.executeBatch();
            }
            if (updates > 0) {
                requireOneRowEach(keepHistory.executeBatch());
                requireOneRowEach(update.executeBatch());
            }
        } catch (BatchUpdateException e) {
            UnableToExecuteStatementException failure = new UnableToExecuteStatementException("write a batch of cases",
                    e);
            if (isUniqueViolation(e)) {
                throw new ConcurrentCaseUpdateException("Another transaction created some of the same cases "
                        + "meanwhile; nothing was written. Try again.", failure);
            }
            throw failure;
        }
    }

    /** H2 and PostgreSQL report the cause of a failed batch either on the batch exception or on the next one. */
    private static boolean isUniqueViolation(SQLException e) {
        for (SQLException cause = e; cause != null; cause = cause.getNextException()) {
            if ("23505".equals(cause.getSQLState())) {
                return true;
            }
            if (cause.getNextException() == cause) {
                break;
            }
        }
        return false;
    }

    private static void requireOneRowEach(int[] counts) {
        for (int count : counts) {
            if (count != 1 && count != Statement.SUCCESS_NO_INFO) {
                throw new ConcurrentCaseUpdateException("Another transaction changed some of the same cases "
                        + "meanwhile; nothing was written. Try again.", null);
            }
        }
    }
}
