package org.cthub.store.casework;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.cthub.store.crypto.EncryptedValue;
import org.cthub.store.crypto.IdentifierCipher;

/**
 * Erases what casework keeps of a person beside the case itself, when the case's identifiers are erased
 * (retention, or the person's request): the screening that opened the case holds their names, birth date and
 * notes, and a closure decision's note may name them. The screening stays, with an empty person, so that the
 * fact of the screening and its indicators remain for statistics.
 */
public final class CaseworkErasure {

    private CaseworkErasure() {
    }

    /** Erases the person from the case's screenings and closure notes, in the caller's transaction. */
    public static void erase(Connection connection, IdentifierCipher cipher, long caseId) throws SQLException {
        ScreeningRows rows = new ScreeningRows(cipher);
        ScreenedPerson nobody = new ScreenedPerson(null, null, null, null);
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, organisation_id, token FROM screening WHERE case_id = ? FOR UPDATE");
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE screening SET identifiers = ?, key_id = ? WHERE id = ?")) {
            select.setLong(1, caseId);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    EncryptedValue empty = rows.seal(row.getLong("organisation_id"), row.getString("token"), nobody);
                    update.setString(1, empty.ciphertext());
                    update.setString(2, empty.keyId());
                    update.setLong(3, row.getLong("id"));
                    update.addBatch();
                }
            }
            update.executeBatch();
        }
        try (PreparedStatement notes = connection.prepareStatement(
                "UPDATE closure_request SET note = NULL, note_key_id = NULL WHERE case_id = ?")) {
            notes.setLong(1, caseId);
            notes.executeUpdate();
        }
    }
}
