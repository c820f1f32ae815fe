package org.cthub.store.casework;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import org.cthub.standard.htcds.Case;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.standard.htcds.CaseStatus;
import org.cthub.store.RecordNotFoundException;

/** Registering a case inside a transaction: shared by {@link CaseFiles#create} and {@link Screenings#openCase}. */
final class CaseCreation {

    private CaseCreation() {
    }

    static long create(Connection connection, CaseVersions versions, Trail trail, long organisationId,
                       CaseRecord record, String caseworker, String actor, OffsetDateTime now) throws SQLException {
        String organisationCode = organisationCode(connection, organisationId);
        if (caseworker != null) {
            requireAccount(connection, organisationId, caseworker);
        }
        String reference = record.caseInfo().reference();
        if (reference == null || reference.isBlank()) {
            reference = References.next(connection, organisationId, organisationCode, now.getYear());
        } else if (taken(connection, organisationId, reference)) {
            throw new IllegalArgumentException("reference is taken by another case of the organisation");
        }
        Case info = record.caseInfo();
        CaseRecord complete = Records.withCase(record, new Case(reference,
                info.status() == null ? CaseStatus.ACTIVE : info.status(), info.reasonForClosure(), info.caseOwner(),
                info.registrationDate(), info.registrationYear(), info.registrationPeriod()));
        long id = versions.insert(connection, organisationId, complete, caseworker, actor, now);
        trail.record(connection, actor, "CASE_CREATE", "CASE", id, "status="
                + complete.caseInfo().status().valueName());
        return id;
    }

    /**
     * Refuses a caseworker who is not an enabled account of the organisation: a case must not be handed to
     * someone outside the organisation that holds it.
     */
    static void requireAccount(Connection connection, long organisationId, String username) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM app_user WHERE username = ? "
                + "AND organisation_id = ? AND enabled = TRUE")) {
            select.setString(1, username);
            select.setLong(2, organisationId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalArgumentException("caseworker must be an enabled account of the case's "
                            + "organisation");
                }
            }
        }
    }

    private static String organisationCode(Connection connection, long organisationId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT code FROM organisation WHERE id = ?")) {
            select.setLong(1, organisationId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new RecordNotFoundException("Organisation", organisationId);
                }
                return row.getString(1);
            }
        }
    }

    private static boolean taken(Connection connection, long organisationId, String reference) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM trafficking_case WHERE reference = ? AND organisation_id = ?")) {
            select.setString(1, reference);
            select.setLong(2, organisationId);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }
}
