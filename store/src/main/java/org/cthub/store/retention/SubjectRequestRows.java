package org.cthub.store.retention;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The SQL of {@code subject_request}, inside a caller's transaction. */
final class SubjectRequestRows {

    private static final String SELECT = "SELECT r.id, r.case_id, r.kind, r.received_on, r.recorded_by, "
            + "r.recorded_at, r.completed_by, r.completed_at FROM subject_request r ";

    private SubjectRequestRows() {
    }

    static long insert(Connection connection, long caseId, SubjectRequestKind kind, LocalDate receivedOn,
                       String actor, OffsetDateTime now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO subject_request (case_id, kind, "
                + "received_on, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?)", new String[] {"id"})) {
            insert.setLong(1, caseId);
            insert.setString(2, kind.name());
            insert.setObject(3, receivedOn);
            insert.setString(4, actor);
            insert.setObject(5, now);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** A request, its row locked until the transaction ends when {@code lock} is set. */
    static Optional<SubjectRequest> find(Connection connection, long requestId, boolean lock) throws SQLException {
        List<SubjectRequest> found = list(connection, SELECT + "WHERE r.id = ?" + (lock ? " FOR UPDATE" : ""),
                requestId);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
    }

    static List<SubjectRequest> forOrganisation(Connection connection, long organisationId) throws SQLException {
        return list(connection, SELECT + "JOIN trafficking_case c ON c.id = r.case_id WHERE c.organisation_id = ? "
                + "ORDER BY CASE WHEN r.completed_at IS NULL THEN 0 ELSE 1 END, r.received_on DESC, r.id DESC",
                organisationId);
    }

    static void complete(Connection connection, long requestId, String actor, OffsetDateTime now)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE subject_request SET completed_at = ?, completed_by = ? WHERE id = ?")) {
            update.setObject(1, now);
            update.setString(2, actor);
            update.setLong(3, requestId);
            update.executeUpdate();
        }
    }

    private static List<SubjectRequest> list(Connection connection, String sql, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, id);
            List<SubjectRequest> requests = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    requests.add(new SubjectRequest(row.getLong("id"), row.getLong("case_id"),
                            SubjectRequestKind.valueOf(row.getString("kind")),
                            row.getObject("received_on", LocalDate.class), row.getString("recorded_by"),
                            instant(row, "recorded_at"), row.getString("completed_by"),
                            instant(row, "completed_at")));
                }
            }
            return requests;
        }
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
