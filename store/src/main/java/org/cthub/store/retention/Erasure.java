package org.cthub.store.retention;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.cthub.store.cases.CaseIdentifiers;
import org.cthub.store.casework.CaseworkErasure;
import org.cthub.store.crypto.EncryptedValue;

/**
 * Erases the identifiers of locked cases inside the caller's transaction, in JDBC batches.
 *
 * <p>An erasure is a change of the case like any other: the version it replaces goes to the history and the
 * version increments, so that a caseworker's form opened before it cannot save the old names back (the save's
 * version check fails). The history row is written already erased, and every earlier history row is erased
 * too: their identifiers are bound to the case's current place (a transfer re-binds them all), so one
 * encryption of the empty set serves the case and its history.
 */
final class Erasure {

    /** A case whose identifiers are still there, locked by {@link #lock}. */
    record Target(long caseId, long organisationId, String reference, int version) {
    }

    private final CaseIdentifiers identifiers;

    Erasure(CaseIdentifiers identifiers) {
        this.identifiers = Objects.requireNonNull(identifiers, "identifiers");
    }

    /**
     * Locks the cases until the transaction ends, and returns those whose identifiers are still there (and that
     * closed before a time, unless it is null). The conditions are checked under the lock, so that a case
     * reopened or erased meanwhile is left alone. Rows are locked by id alone: H2 locks every row that matches a
     * {@code SELECT ... FOR UPDATE} whatever its limit, and PostgreSQL's generic plan for the conditions with the
     * ids scans the retention index instead of probing the primary key.
     */
    static List<Target> lock(Connection connection, List<Long> caseIds, OffsetDateTime closedBefore)
            throws SQLException {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT id, organisation_id, reference, version, "
                + "closed_at, identifiers_erased_at FROM trafficking_case WHERE id IN ("
                + String.join(", ", Collections.nCopies(caseIds.size(), "?")) + ") FOR UPDATE")) {
            for (int i = 0; i < caseIds.size(); i++) {
                select.setLong(i + 1, caseIds.get(i));
            }
            List<Target> targets = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    OffsetDateTime closedAt = row.getObject("closed_at", OffsetDateTime.class);
                    boolean due = row.getObject("identifiers_erased_at") == null && (closedBefore == null
                            || closedAt != null && closedAt.isBefore(closedBefore));
                    if (due) {
                        targets.add(new Target(row.getLong("id"), row.getLong("organisation_id"),
                                row.getString("reference"), row.getInt("version")));
                    }
                }
            }
            return targets;
        }
    }

    /** Erases the cases, which the caller locked with {@link #lock} in this transaction. */
    void erase(Connection connection, List<Target> targets, OffsetDateTime now, String actor) throws SQLException {
        try (PreparedStatement history = connection.prepareStatement("UPDATE trafficking_case_history "
                + "SET identifiers = ?, key_id = ? WHERE case_id = ?");
             PreparedStatement keep = connection.prepareStatement("INSERT INTO trafficking_case_history (case_id, "
                     + "version, record_json, identifiers, key_id, import_batch_id, changed_at, changed_by) "
                     + "SELECT id, version, record_json, CAST(? AS VARCHAR(1000000)), CAST(? AS VARCHAR(32)), "
                     + "import_batch_id, changed_at, changed_by FROM trafficking_case WHERE id = ? AND version = ?");
             PreparedStatement current = connection.prepareStatement("UPDATE trafficking_case SET identifiers = ?, "
                     + "key_id = ?, match_key = NULL, identifiers_erased_at = ?, version = version + 1, "
                     + "changed_at = ?, changed_by = ? WHERE id = ? AND version = ?");
             PreparedStatement notes = connection.prepareStatement("UPDATE case_referral SET response_note = NULL, "
                     + "response_note_key_id = NULL WHERE case_id = ?");
             // Blocking tokens are keyed hashes of the name and birth date: they go with the identifiers.
             PreparedStatement tokens = connection.prepareStatement("DELETE FROM case_link_token WHERE case_id = ?")) {
            for (Target target : targets) {
                EncryptedValue none = identifiers.none(target.organisationId(), target.reference());
                history.setString(1, none.ciphertext());
                history.setString(2, none.keyId());
                history.setLong(3, target.caseId());
                history.addBatch();
                keep.setString(1, none.ciphertext());
                keep.setString(2, none.keyId());
                keep.setLong(3, target.caseId());
                keep.setInt(4, target.version());
                keep.addBatch();
                current.setString(1, none.ciphertext());
                current.setString(2, none.keyId());
                current.setObject(3, now);
                current.setObject(4, now);
                current.setString(5, actor);
                current.setLong(6, target.caseId());
                current.setInt(7, target.version());
                current.addBatch();
                notes.setLong(1, target.caseId());
                notes.addBatch();
                tokens.setLong(1, target.caseId());
                tokens.addBatch();
            }
            history.executeBatch();
            requireOneEach(keep.executeBatch());
            requireOneEach(current.executeBatch());
            notes.executeBatch();
            tokens.executeBatch();
        }
        for (Target target : targets) {
            CaseworkErasure.erase(connection, identifiers.cipher(), target.caseId());
        }
    }

    private static void requireOneEach(int[] counts) {
        for (int count : counts) {
            if (count != 1 && count != Statement.SUCCESS_NO_INFO) {
                throw new IllegalStateException("A locked case row did not update");
            }
        }
    }
}
