package org.cthub.store.referrals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.cthub.store.cases.CaseIdentifiers;
import org.cthub.store.crypto.EncryptedValue;

/**
 * Moves a case to the organisation that accepted its transfer, inside the acceptance's transaction.
 *
 * <p>A case's identifiers are encrypted bound to (organisation, reference). Every row of the case, its history
 * included, is re-encrypted for the new owner: one rule for every reader ("a case's identifiers are bound to
 * the case's current organisation"), and no ciphertext left that the old owner's binding still opens. The
 * current version goes to the history first, as for any change, and the case's version increments; the
 * caseworker is cleared because it names an account of the old owner.
 */
final class Transfer {

    private final CaseIdentifiers identifiers;

    Transfer(CaseIdentifiers identifiers) {
        this.identifiers = Objects.requireNonNull(identifiers, "identifiers");
    }

    /**
     * @param kase the case, locked
     * @throws ReferralRefusedException when the receiver has a case with the same reference
     */
    void move(Connection connection, CaseFacts kase, long toOrganisationId, String actor, OffsetDateTime now)
            throws SQLException {
        if (hasReference(connection, kase.reference(), toOrganisationId)) {
            throw referenceTaken();
        }
        keepHistory(connection, kase);
        rebindHistory(connection, kase, toOrganisationId);
        EncryptedValue current = rebind(kase, currentIdentifiers(connection, kase.id()), toOrganisationId);
        try (PreparedStatement update = connection.prepareStatement("UPDATE trafficking_case SET organisation_id = ?, "
                + "identifiers = ?, key_id = ?, caseworker = NULL, version = version + 1, changed_at = ?, "
                + "changed_by = ? WHERE id = ? AND version = ?")) {
            update.setLong(1, toOrganisationId);
            update.setString(2, current.ciphertext());
            update.setString(3, current.keyId());
            update.setObject(4, now);
            update.setString(5, actor);
            update.setLong(6, kase.id());
            update.setInt(7, kase.version());
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("A locked case row did not update");
            }
            // Blocking tokens are derived per organisation: the case's follow it to the new owner.
            org.cthub.store.linkage.CaseLinkWriter.afterTransfer(connection, identifiers, kase.id(), now);
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                // The receiver created a case with the same reference after the check above.
                throw referenceTaken();
            }
            throw e;
        }
    }

    private static ReferralRefusedException referenceTaken() {
        return new ReferralRefusedException(ReferralRefusedException.Reason.REFERENCE_TAKEN, "The receiving "
                + "organisation has a case with the same reference; it must rename its own case, or decline");
    }

    private static boolean hasReference(Connection connection, String reference, long organisationId)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT COUNT(*) FROM trafficking_case WHERE reference = ? AND organisation_id = ?")) {
            select.setString(1, reference);
            select.setLong(2, organisationId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1) > 0;
            }
        }
    }

    private static void keepHistory(Connection connection, CaseFacts kase) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO trafficking_case_history "
                + "(case_id, version, record_json, identifiers, key_id, import_batch_id, changed_at, changed_by) "
                + "SELECT id, version, record_json, identifiers, key_id, import_batch_id, changed_at, changed_by "
                + "FROM trafficking_case WHERE id = ? AND version = ?")) {
            insert.setLong(1, kase.id());
            insert.setInt(2, kase.version());
            insert.executeUpdate();
        }
    }

    private void rebindHistory(Connection connection, CaseFacts kase, long toOrganisationId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, identifiers, key_id FROM trafficking_case_history WHERE case_id = ? FOR UPDATE");
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE trafficking_case_history SET identifiers = ?, key_id = ? WHERE id = ?")) {
            select.setLong(1, kase.id());
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    EncryptedValue moved = rebind(kase, new EncryptedValue(row.getString("key_id"),
                            row.getString("identifiers")), toOrganisationId);
                    update.setString(1, moved.ciphertext());
                    update.setString(2, moved.keyId());
                    update.setLong(3, row.getLong("id"));
                    update.addBatch();
                }
            }
            update.executeBatch();
        }
    }

    private static EncryptedValue currentIdentifiers(Connection connection, long caseId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT identifiers, key_id FROM trafficking_case WHERE id = ?")) {
            select.setLong(1, caseId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return new EncryptedValue(row.getString("key_id"), row.getString("identifiers"));
            }
        }
    }

    private EncryptedValue rebind(CaseFacts kase, EncryptedValue value, long toOrganisationId) {
        return identifiers.rebind(value, kase.reference(), kase.organisationId(), toOrganisationId);
    }
}
