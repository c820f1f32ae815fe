package org.cthub.store.casework;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import org.cthub.store.audit.AuditEvent;
import org.cthub.store.audit.AuditLog;

/**
 * Appends the audit entry of a casework change inside the change's transaction, so both commit or neither.
 * Details are codes and numbers only (a status, a version), never a personal value.
 */
final class Trail {

    private final AuditLog log;

    Trail(AuditLog log) {
        this.log = Objects.requireNonNull(log, "log");
    }

    void record(Connection connection, String actor, String action, String objectType, long objectId, String detail)
            throws SQLException {
        log.append(connection, new AuditEvent(actor, actorOrganisation(connection, actor), action, objectType,
                Long.toString(objectId), AuditEvent.Outcome.SUCCESS, detail));
    }

    /** The actor's organisation when the actor is an account; null for jobs and unknown names. */
    private static String actorOrganisation(Connection connection, String actor) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT o.code FROM app_user u "
                + "JOIN organisation o ON o.id = u.organisation_id WHERE u.username = ?")) {
            select.setString(1, actor.toLowerCase(java.util.Locale.ROOT));
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }
}
