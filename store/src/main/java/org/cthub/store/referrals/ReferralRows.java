package org.cthub.store.referrals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cthub.standard.htcds.ReferralReason;
import org.cthub.standard.htcds.SupportPlanType;
import org.cthub.store.RecordNotFoundException;
import org.cthub.store.crypto.EncryptedValue;

/** The SQL that reads and writes {@code case_referral} rows inside a caller's transaction. */
final class ReferralRows {

    /** The columns the rules need; what people read is selected by {@link ReferralReads}. */
    record Row(long id, long caseId, ReferralKind kind, long fromOrganisationId, long toOrganisationId,
               ReferralState state, int version) {
    }

    private static final String SELECT = "SELECT id, case_id, kind, from_organisation_id, to_organisation_id, "
            + "state, version FROM case_referral ";
    private static final String OPEN_STATES = "('SENT', 'ACCEPTED', 'SERVICES_STARTED')";

    private ReferralRows() {
    }

    /** The case a referral is about, read without a lock so that the case can be locked first. */
    static long caseOf(Connection connection, long referralId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT case_id FROM case_referral WHERE id = ?")) {
            select.setLong(1, referralId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new RecordNotFoundException("referral", referralId);
                }
                return row.getLong(1);
            }
        }
    }

    /** Locks a referral's row; call after locking its case. */
    static Row lock(Connection connection, long referralId) throws SQLException {
        List<Row> rows = list(connection, SELECT + "WHERE id = ? FOR UPDATE", referralId);
        if (rows.isEmpty()) {
            throw new RecordNotFoundException("referral", referralId);
        }
        return rows.getFirst();
    }

    /** Locks the referrals of a case that are still open, SENT, ACCEPTED or SERVICES_STARTED. */
    static List<Row> lockOpen(Connection connection, long caseId) throws SQLException {
        return list(connection, SELECT + "WHERE case_id = ? AND state IN " + OPEN_STATES + " ORDER BY id FOR UPDATE",
                caseId);
    }

    /** Whether a referral or transfer of the case to the organisation waits for an answer. */
    static boolean isPending(Connection connection, long caseId, long toOrganisationId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM case_referral "
                + "WHERE case_id = ? AND to_organisation_id = ? AND state = 'SENT'")) {
            select.setLong(1, caseId);
            select.setLong(2, toOrganisationId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1) > 0;
            }
        }
    }

    static long insert(Connection connection, long caseId, ReferralKind kind, long fromOrganisationId,
                       long toOrganisationId, ReferralReason reason, Set<SupportPlanType> services, String actor,
                       OffsetDateTime now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO case_referral (case_id, kind, "
                + "from_organisation_id, to_organisation_id, reason, services, state, sent_by, sent_at, changed_at, "
                + "changed_by) VALUES (?, ?, ?, ?, ?, ?, 'SENT', ?, ?, ?, ?)", new String[] {"id"})) {
            insert.setLong(1, caseId);
            insert.setString(2, kind.name());
            insert.setLong(3, fromOrganisationId);
            insert.setLong(4, toOrganisationId);
            insert.setString(5, reason.valueName());
            setNullable(insert, 6, ValueNames.join(services));
            insert.setString(7, actor);
            insert.setObject(8, now);
            insert.setObject(9, now);
            insert.setString(10, actor);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /**
     * Moves a locked referral to its next state and increments its version.
     *
     * @param response whether this is the receiver's answer (accept or decline), noted as such
     * @param note the new note, or null to keep the current one
     */
    static void move(Connection connection, Row row, ReferralState next, boolean response, EncryptedValue note,
                     String actor, OffsetDateTime now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE case_referral SET state = ?, "
                + "version = version + 1, changed_at = ?, changed_by = ?"
                + (response ? ", responded_at = ?, responded_by = ?" : "")
                + (note == null ? "" : ", response_note = ?, response_note_key_id = ?")
                + " WHERE id = ? AND version = ?")) {
            int i = 1;
            update.setString(i++, next.name());
            update.setObject(i++, now);
            update.setString(i++, actor);
            if (response) {
                update.setObject(i++, now);
                update.setString(i++, actor);
            }
            if (note != null) {
                update.setString(i++, note.ciphertext());
                update.setString(i++, note.keyId());
            }
            update.setLong(i++, row.id());
            update.setInt(i, row.version());
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("A locked referral row did not update");
            }
        }
    }

    private static List<Row> list(Connection connection, String sql, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, id);
            List<Row> rows = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rows.add(new Row(row.getLong("id"), row.getLong("case_id"),
                            ReferralKind.valueOf(row.getString("kind")), row.getLong("from_organisation_id"),
                            row.getLong("to_organisation_id"), ReferralState.valueOf(row.getString("state")),
                            row.getInt("version")));
                }
            }
            return rows;
        }
    }

    private static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }
}
