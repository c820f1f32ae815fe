package org.cthub.store.referrals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import org.cthub.store.RecordNotFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the referral rules need to know of a case, read from its row without decrypting anything.
 *
 * @param consented whether the person consented both to assistance and to sharing: a referral passes their data
 *     to another organisation, which needs the first, and a case without the second never leaves its
 *     organisation. Not recorded counts as no.
 * @param closed whether the case is closed: a closing date, or a closed status from an import
 */
record CaseFacts(long id, long organisationId, String reference, int version, boolean voided, boolean closed,
                 boolean consented) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> CLOSED_STATUSES = Set.of("Closed", "ClosedReferred");
    private static final String SELECT = "SELECT id, organisation_id, reference, version, voided, status, "
            + "closed_at, record_json FROM trafficking_case WHERE id = ?";

    /**
     * Locks the case's row until the transaction ends, so that its owner, consent and version hold while a
     * referral of it changes.
     *
     * @throws RecordNotFoundException when there is no such case
     */
    static CaseFacts lock(Connection connection, long caseId) throws SQLException {
        return query(connection, caseId, SELECT + " FOR UPDATE")
                .orElseThrow(() -> new RecordNotFoundException("case", caseId));
    }

    static Optional<CaseFacts> read(Connection connection, long caseId) throws SQLException {
        return query(connection, caseId, SELECT);
    }

    private static Optional<CaseFacts> query(Connection connection, long caseId, String sql) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, caseId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                boolean closed = row.getObject("closed_at") != null
                        || CLOSED_STATUSES.contains(row.getString("status"));
                return Optional.of(new CaseFacts(row.getLong("id"), row.getLong("organisation_id"),
                        row.getString("reference"), row.getInt("version"), row.getBoolean("voided"), closed,
                        consented(row.getString("record_json"))));
            }
        }
    }

    /** Reads the consent from the record's open JSON, where the codec keeps it (see RecordJsonWriter). */
    static boolean consented(String recordJson) {
        try {
            JsonNode consent = JSON.readTree(recordJson).path("consent");
            return isTrue(consent.path("toAssistance")) && isTrue(consent.path("toShareAnonymised"));
        } catch (JacksonException e) {
            // A damaged record cannot show consent; saying no is the safe answer. No text is quoted.
            return false;
        }
    }

    private static boolean isTrue(JsonNode value) {
        return value.isBoolean() && value.booleanValue();
    }
}
