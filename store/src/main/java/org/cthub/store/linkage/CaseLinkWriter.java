package org.cthub.store.linkage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.cthub.standard.htcds.Person;
import org.cthub.store.UnableToExecuteStatementException;
import org.cthub.store.crypto.IdentifierCipher;

/**
 * Writes cases' blocking tokens inside the caller's transaction, in JDBC batches: the hook every writer of a
 * case's identifiers calls (import, new case, edit), so the duplicate check finds what was just written. Not
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
            insertToken = connection.prepareStatement("INSERT INTO case_link_token (case_id, token) VALUES (?, ?)");
            insertState = connection.prepareStatement(
                    "INSERT INTO case_link_state (case_id, filled_at) VALUES (?, ?)");
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException("prepare the blocking token statements", e);
        }
    }

    /** Writes the tokens of one case at once, replacing any it had. */
    public static void replace(Connection connection, IdentifierCipher cipher, long caseId, Person person,
                               OffsetDateTime now, boolean isNew) {
        try (CaseLinkWriter writer = new CaseLinkWriter(connection, cipher, now)) {
            writer.add(caseId, person, isNew);
            writer.flush();
        }
    }

    /**
     * Adds a case's tokens to the batch.
     *
     * @param isNew whether the case was just inserted, so has no tokens to replace
     */
    public void add(long caseId, Person person, boolean isNew) {
        try {
            if (!isNew) {
                deleteTokens.setLong(1, caseId);
                deleteTokens.addBatch();
                deleteState.setLong(1, caseId);
                deleteState.addBatch();
                pendingDeletes = true;
            }
            for (long token : CaseLinkTokens.stored(cipher, CaseLinkTokens.details(person))) {
                insertToken.setLong(1, caseId);
                insertToken.setLong(2, token);
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
