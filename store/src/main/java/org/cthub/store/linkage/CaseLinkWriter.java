package org.cthub.store.linkage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.cthub.standard.htcds.Person;
import org.cthub.store.UnableToExecuteStatementException;
import org.cthub.store.cases.CaseIdentifiers;
import org.cthub.store.crypto.EncryptedValue;
import org.cthub.store.crypto.IdentifierCipher;

/**
 * Writes cases' blocking tokens inside the caller's transaction, in JDBC batches: the hook every writer of a
 * case's identifiers calls (import, new case, edit, transfer), so the duplicate check finds what was just written. Not
 * thread-safe; close it.
 */
public final class CaseLinkWriter implements AutoCloseable {

    private final IdentifierCipher cipher;
    private final OffsetDateTime now;
    private final PreparedStatement deleteTokens;
    private final PreparedStatement deleteState;
    private final PreparedStatement insertToken;
    private final PreparedStatement insertState;
    private boolean pendingDeletes;
    private boolean pendingInserts;

    /** @param now the time recorded as the tokens' filling time */
    public CaseLinkWriter(Connection connection, IdentifierCipher cipher, OffsetDateTime now) {
        this.cipher = Objects.requireNonNull(cipher, "cipher");
        this.now = Objects.requireNonNull(now, "now");
        try {
            deleteTokens = connection.prepareStatement("DELETE FROM case_link_token WHERE case_id = ?");
            deleteState = connection.prepareStatement("DELETE FROM case_link_state WHERE case_id = ?");
            insertToken = connection.prepareStatement(
                    "INSERT INTO case_link_token (case_id, organisation_id, token) VALUES (?, ?, ?)");
            insertState = connection.prepareStatement(
                    "INSERT INTO case_link_state (case_id, filled_at) VALUES (?, ?)");
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException("prepare the blocking token statements", e);
        }
    }

    /** Writes the tokens of one case at once, replacing any it had. */
    public static void replace(Connection connection, IdentifierCipher cipher, long caseId, long organisationId,
                               Person person, OffsetDateTime now, boolean isNew) {
        try (CaseLinkWriter writer = new CaseLinkWriter(connection, cipher, now)) {
            writer.add(caseId, organisationId, person, isNew);
            writer.flush();
        }
    }

    /**
     * Adds a case's tokens to the batch.
     *
     * @param organisationId the organisation that owns the case (tokens are derived per organisation)
     * @param isNew          whether the case was just inserted, so has no tokens to replace
     */
    public void add(long caseId, long organisationId, Person person, boolean isNew) {
        try {
            if (!isNew) {
                deleteTokens.setLong(1, caseId);
                deleteTokens.addBatch();
                deleteState.setLong(1, caseId);
                deleteState.addBatch();
                pendingDeletes = true;
            }
            for (long token : CaseLinkTokens.stored(cipher, organisationId, CaseLinkTokens.details(person))) {
                insertToken.setLong(1, caseId);
                insertToken.setLong(2, organisationId);
                insertToken.setLong(3, token);
                insertToken.addBatch();
            }
            insertState.setLong(1, caseId);
            insertState.setObject(2, now);
            insertState.addBatch();
            pendingInserts = true;
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException("add blocking tokens", e);
        }
    }

    /**
     * Recomputes the tokens of a case that has just moved to another organisation (a transfer), inside the
     * transfer's transaction, after its identifiers were re-encrypted for the new owner: its old tokens were
     * derived for the old owner and would neither be found by the new owner's check nor be the old owner's.
     */
    public static void afterTransfer(Connection connection, CaseIdentifiers identifiers, long caseId,
                                     OffsetDateTime now) {
        try (PreparedStatement select = connection.prepareStatement("SELECT organisation_id, reference, "
                + "record_json, identifiers, key_id, identifiers_erased_at FROM trafficking_case WHERE id = ?")) {
            select.setLong(1, caseId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return;
                }
                long organisationId = row.getLong("organisation_id");
                Person person = row.getObject("identifiers_erased_at") != null ? null : identifiers.restore(
                        organisationId, row.getString("reference"), row.getString("record_json"),
                        new EncryptedValue(row.getString("key_id"), row.getString("identifiers"))).person();
                replace(connection, identifiers.cipher(), caseId, organisationId, person, now, false);
            }
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException("recompute blocking tokens after a transfer", e);
        }
    }

    /** Executes the batch. */
    public void flush() {
        try {
            if (pendingDeletes) {
                deleteTokens.executeBatch();
                deleteState.executeBatch();
            }
            if (pendingInserts) {
                insertToken.executeBatch();
                insertState.executeBatch();
            }
            pendingDeletes = false;
            pendingInserts = false;
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException("write blocking tokens", e);
        }
    }

    @Override
    public void close() {
        for (Statement statement : new Statement[] {deleteTokens, deleteState, insertToken, insertState}) {
            try {
                statement.close();
            } catch (SQLException ignored) {
                // Closing fails only on a broken connection, whose transaction the caller rolls back.
            }
        }
    }
}
