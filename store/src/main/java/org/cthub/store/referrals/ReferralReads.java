package org.cthub.store.referrals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cthub.standard.htcds.ReferralReason;
import org.cthub.standard.htcds.SupportPlanType;

/** Reads referrals as their organisations follow them up, notes decrypted. */
final class ReferralReads {

    private static final String SELECT = "SELECT r.id, r.case_id, c.reference, r.kind, r.from_organisation_id, "
            + "f.code AS from_code, r.to_organisation_id, t.code AS to_code, r.reason, r.services, r.state, "
            + "r.version, r.sent_by, r.sent_at, r.responded_by, r.responded_at, r.response_note, "
            + "r.response_note_key_id, r.changed_by, r.changed_at FROM case_referral r "
            + "JOIN trafficking_case c ON c.id = r.case_id JOIN organisation f ON f.id = r.from_organisation_id "
            + "JOIN organisation t ON t.id = r.to_organisation_id ";
    private static final String NEWEST_FIRST = " ORDER BY r.sent_at DESC, r.id DESC";

    private final Notes notes;

    ReferralReads(Notes notes) {
        this.notes = Objects.requireNonNull(notes, "notes");
    }

    Optional<CaseReferral> find(Connection connection, long referralId) throws SQLException {
        List<CaseReferral> found = list(connection, SELECT + "WHERE r.id = ?", referralId);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
    }

    List<CaseReferral> forCase(Connection connection, long caseId) throws SQLException {
        return list(connection, SELECT + "WHERE r.case_id = ?" + NEWEST_FIRST, caseId);
    }

    List<CaseReferral> inbox(Connection connection, long organisationId) throws SQLException {
        return list(connection, SELECT + "WHERE r.to_organisation_id = ? AND r.state = 'SENT'" + NEWEST_FIRST,
                organisationId);
    }

    List<CaseReferral> outbox(Connection connection, long organisationId) throws SQLException {
        return list(connection, SELECT + "WHERE r.from_organisation_id = ?" + NEWEST_FIRST, organisationId);
    }

    private List<CaseReferral> list(Connection connection, String sql, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, id);
            List<CaseReferral> referrals = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    referrals.add(read(row));
                }
            }
            return referrals;
        }
    }

    private CaseReferral read(ResultSet row) throws SQLException {
        long id = row.getLong("id");
        return new CaseReferral(id, row.getLong("case_id"), row.getString("reference"),
                ReferralKind.valueOf(row.getString("kind")), row.getLong("from_organisation_id"),
                row.getString("from_code"), row.getLong("to_organisation_id"), row.getString("to_code"),
                ValueNames.of(ReferralReason.class, row.getString("reason")),
                ValueNames.setOf(SupportPlanType.class, row.getString("services")),
                ReferralState.valueOf(row.getString("state")), row.getInt("version"), row.getString("sent_by"),
                instant(row, "sent_at"), row.getString("responded_by"), instant(row, "responded_at"),
                notes.open(id, row.getString("response_note"), row.getString("response_note_key_id")),
                row.getString("changed_by"), instant(row, "changed_at"));
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
