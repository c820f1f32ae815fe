package org.cthub.store.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.cthub.store.cases.CaseWriter;
import org.cthub.store.organisations.Organisation;

/** The {@code import_batch} table. A batch is inserted in progress and completed in the same transaction. */
final class ImportBatches {

    private static final String COLUMNS = "id, file_name, sha256, format, total_rows, accepted_rows, rejected_rows, "
            + "inserted_cases, updated_cases, unchanged_cases, imported_by, imported_at";

    private ImportBatches() {
    }

    static Optional<ImportBatch> find(Connection connection, Organisation organisation, String sha256)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                + " FROM import_batch WHERE organisation_id = ? AND sha256 = ?")) {
            select.setLong(1, organisation.id());
            select.setString(2, sha256);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(read(row, organisation.code())) : Optional.empty();
            }
        }
    }

    static long insertInProgress(Connection connection, long organisationId, ImportRequest request,
                                 OffsetDateTime now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO import_batch (organisation_id, "
                + "file_name, sha256, format, total_rows, accepted_rows, rejected_rows, inserted_cases, "
                + "updated_cases, unchanged_cases, status, imported_by, imported_at) "
                + "VALUES (?, ?, ?, ?, 0, 0, 0, 0, 0, 0, 'IN_PROGRESS', ?, ?)", new String[] {"id"})) {
            insert.setLong(1, organisationId);
            insert.setString(2, request.fileName());
            insert.setString(3, request.sha256());
            insert.setString(4, request.format());
            insert.setString(5, request.importedBy());
            insert.setObject(6, now);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static void complete(Connection connection, long batchId, long totalRows, long rejectedRows,
                         CaseWriter.Counts counts) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE import_batch SET total_rows = ?, "
                + "rejected_rows = ?, accepted_rows = ?, inserted_cases = ?, updated_cases = ?, unchanged_cases = ?, "
                + "status = 'COMPLETED' WHERE id = ?")) {
            update.setLong(1, totalRows);
            update.setLong(2, rejectedRows);
            update.setLong(3, counts.written());
            update.setLong(4, counts.inserted());
            update.setLong(5, counts.updated());
            update.setLong(6, counts.unchanged());
            update.setLong(7, batchId);
            update.executeUpdate();
        }
    }

    private static ImportBatch read(ResultSet row, String organisationCode) throws SQLException {
        return new ImportBatch(row.getLong("id"), organisationCode, row.getString("file_name"),
                row.getString("sha256"), row.getString("format"), row.getLong("total_rows"),
                row.getLong("accepted_rows"), row.getLong("rejected_rows"), row.getLong("inserted_cases"),
                row.getLong("updated_cases"), row.getLong("unchanged_cases"), row.getString("imported_by"),
                row.getObject("imported_at", OffsetDateTime.class).toInstant());
    }
}
