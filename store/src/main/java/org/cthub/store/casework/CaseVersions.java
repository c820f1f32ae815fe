package org.cthub.store.casework;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.standard.htcds.CaseStatus;
import org.cthub.store.RecordNotFoundException;
import org.cthub.store.cases.CaseRows;
import org.cthub.store.cases.CaseSql;
import org.cthub.store.cases.PreparedCaseRow;
import org.cthub.store.crypto.EncryptedValue;
import org.cthub.store.linkage.CaseLinkWriter;

/**
 * Reads, inserts and versions {@code trafficking_case} rows inside the caller's transaction: the one path every
 * casework change of a case takes, so each keeps the previous version in the history, recomputes the query
 * columns, the match key and the blocking tokens, and keeps {@code closed_at} in step with the status.
 */
final class CaseVersions {

    private static final String SELECT = "SELECT c.id, c.organisation_id, (SELECT o.code FROM organisation o "
            + "WHERE o.id = c.organisation_id) AS organisation_code, c.reference, c.version, c.caseworker, "
            + "c.closed_at, c.identifiers_erased_at, c.changed_by, c.changed_at, c.record_json, c.identifiers, "
            + "c.key_id FROM trafficking_case c WHERE c.id = ? AND c.voided = FALSE";
    private static final String INSERT = "INSERT INTO trafficking_case (organisation_id, reference, "
            + String.join(", ", CaseSql.WRITTEN) + ", created_at, created_by, caseworker, closed_at) VALUES ("
            + String.join(", ", Collections.nCopies(CaseSql.WRITTEN.size() + 6, "?")) + ")";
    private static final String UPDATE = "UPDATE trafficking_case SET " + String.join(" = ?, ", CaseSql.WRITTEN)
            + " = ?, closed_at = ?, version = version + 1 WHERE id = ? AND version = ? AND voided = FALSE";

    private final CaseRows rows;

    CaseVersions(CaseRows rows) {
        this.rows = Objects.requireNonNull(rows, "rows");
    }

    /** The case as stored, still encrypted; empty when it does not exist or is voided. */
    static Optional<StoredRow> read(Connection connection, long caseId) throws SQLException {
        return select(connection, SELECT, caseId);
    }

    /**
     * The case, locked until the transaction ends, so that a concurrent change waits and then sees this one's
     * version; fails when it does not exist or is voided.
     */
    static StoredRow lock(Connection connection, long caseId) throws SQLException {
        return select(connection, SELECT + " FOR UPDATE", caseId)
                .orElseThrow(() -> new RecordNotFoundException("Case", caseId));
    }

    CaseFile decrypt(StoredRow row) {
        return new CaseFile(row.id(), row.organisationId(), row.organisationCode(), row.reference(), row.version(),
                row.caseworker(), instant(row.closedAt()), instant(row.erasedAt()), row.changedBy(),
                instant(row.changedAt()), rows.restore(row.organisationId(), row.reference(), row.recordJson(),
                row.identifiers()));
    }

    /** Inserts a case as version 1 and returns its id. */
    long insert(Connection connection, long organisationId, CaseRecord record, String caseworker, String actor,
                OffsetDateTime now) throws SQLException {
        PreparedCaseRow row = rows.prepare(organisationId, record);
        try (PreparedStatement insert = connection.prepareStatement(INSERT, new String[] {"id"})) {
            insert.setLong(1, organisationId);
            insert.setString(2, row.reference());
            int index = CaseSql.bindWritten(insert, 3, row, null, now, actor);
            insert.setObject(index++, now);
            insert.setString(index++, actor);
            insert.setString(index++, caseworker);
            insert.setObject(index, isClosed(record) ? now : null);
            insert.executeUpdate();
            long id;
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
            CaseLinkWriter.replace(connection, rows.cipher(), id, organisationId, record.person(), now, true);
            return id;
        }
    }

    /**
     * Writes a new version of a case read by {@link #lock}, keeping the current one in the history.
     *
     * @return the new version
     * @throws CaseChangedException when the case is no longer at {@code expectedVersion}
     */
    int update(Connection connection, StoredRow current, int expectedVersion, CaseRecord record, String actor,
               OffsetDateTime now) throws SQLException {
        if (current.version() != expectedVersion) {
            throw new CaseChangedException(current.id(), current.version(), current.changedBy());
        }
        PreparedCaseRow row = rows.prepare(current.organisationId(), record);
        try (PreparedStatement history = connection.prepareStatement(CaseSql.KEEP_HISTORY);
             PreparedStatement update = connection.prepareStatement(UPDATE)) {
            history.setLong(1, current.id());
            history.setInt(2, expectedVersion);
            int kept = history.executeUpdate();
            int index = CaseSql.bindWritten(update, 1, row, null, now, actor);
            OffsetDateTime closedAt = isClosed(record) ? (current.closedAt() == null ? now : current.closedAt()) : null;
            update.setObject(index++, closedAt);
            update.setLong(index++, current.id());
            update.setInt(index, expectedVersion);
            if (kept != 1 || update.executeUpdate() != 1) {
                // Unreachable under the row lock of lock(); the version condition guards any caller without it.
                throw new CaseChangedException(current.id(), current.version() + 1, null);
            }
        }
        CaseLinkWriter.replace(connection, rows.cipher(), current.id(), current.organisationId(), record.person(), now,
                false);
        return expectedVersion + 1;
    }

    static boolean isClosed(CaseRecord record) {
        CaseStatus status = record.caseInfo().status();
        return status == CaseStatus.CLOSED || status == CaseStatus.CLOSED_REFERRED;
    }

    private static Optional<StoredRow> select(Connection connection, String sql, long caseId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, caseId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredRow(row.getLong("id"), row.getLong("organisation_id"),
                        row.getString("organisation_code"), row.getString("reference"), row.getInt("version"),
                        row.getString("caseworker"), row.getObject("closed_at", OffsetDateTime.class),
                        row.getObject("identifiers_erased_at", OffsetDateTime.class), row.getString("changed_by"),
                        row.getObject("changed_at", OffsetDateTime.class), row.getString("record_json"),
                        new EncryptedValue(row.getString("key_id"), row.getString("identifiers"))));
            }
        }
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    /** A case row as read, its identifiers still encrypted. */
    record StoredRow(long id, long organisationId, String organisationCode, String reference, int version,
                     String caseworker, OffsetDateTime closedAt, OffsetDateTime erasedAt, String changedBy,
                     OffsetDateTime changedAt, String recordJson, EncryptedValue identifiers) {
    }
}
