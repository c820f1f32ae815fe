package org.cthub.store.referrals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cthub.standard.htcds.AgeBand;
import org.cthub.standard.htcds.Gender;
import org.cthub.standard.htcds.ReferralReason;
import org.cthub.standard.htcds.SupportPlanType;
import org.cthub.standard.htcds.TypeOfExploitation;
import org.cthub.store.RecordNotFoundException;
import org.cthub.store.referrals.ReferralRefusedException.Reason;

/**
 * Who may see what of a case. Referred access lasts while an accepted referral is under way, the case is not
 * voided, and the person's consent still stands in the case: a consent withdrawn in the record ends access at
 * once, even before the referrals are closed.
 */
final class Visibility {

    private static final String UNDER_WAY = "kind = 'REFERRAL' AND state IN ('ACCEPTED', 'SERVICES_STARTED')";

    private Visibility() {
    }

    static CaseAccess access(Connection connection, long organisationId, long caseId) throws SQLException {
        Optional<CaseFacts> kase = CaseFacts.read(connection, caseId);
        if (kase.isEmpty()) {
            return CaseAccess.NONE;
        }
        if (kase.get().organisationId() == organisationId) {
            return CaseAccess.OWNER;
        }
        if (kase.get().voided() || !kase.get().consented()) {
            return CaseAccess.NONE;
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM case_referral "
                + "WHERE case_id = ? AND to_organisation_id = ? AND " + UNDER_WAY)) {
            select.setLong(1, caseId);
            select.setLong(2, organisationId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1) > 0 ? CaseAccess.REFERRED : CaseAccess.NONE;
            }
        }
    }

    /** The cases an organisation sees by referral ({@link CaseAccess#REFERRED}), by id. */
    static List<Long> referredCaseIds(Connection connection, long organisationId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id, record_json FROM trafficking_case "
                + "WHERE organisation_id <> ? AND voided = FALSE AND id IN (SELECT case_id FROM case_referral "
                + "WHERE to_organisation_id = ? AND " + UNDER_WAY + ") ORDER BY id")) {
            select.setLong(1, organisationId);
            select.setLong(2, organisationId);
            List<Long> ids = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    if (CaseFacts.consented(row.getString("record_json"))) {
                        ids.add(row.getLong("id"));
                    }
                }
            }
            return ids;
        }
    }

    /**
     * The non-identifying summary of a referral for its receiver, from the case's query columns only.
     *
     * @throws ReferralRefusedException NOT_RECEIVER for any other organisation, ENDED once the referral ended
     */
    static ReferralSummary summary(Connection connection, long referralId, long receivingOrganisationId)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT r.kind, r.to_organisation_id, r.state, "
                + "r.reason, r.services, r.sent_at, f.code, c.reference, c.gender, c.age_band, c.citizenship, "
                + "c.exploitation_types FROM case_referral r JOIN trafficking_case c ON c.id = r.case_id "
                + "JOIN organisation f ON f.id = r.from_organisation_id WHERE r.id = ?")) {
            select.setLong(1, referralId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new RecordNotFoundException("referral", referralId);
                }
                if (row.getLong("to_organisation_id") != receivingOrganisationId) {
                    throw new ReferralRefusedException(Reason.NOT_RECEIVER, "Only the organisation that received "
                            + "referral " + referralId + " may read its summary");
                }
                if (ReferralState.valueOf(row.getString("state")).isFinal()) {
                    throw new ReferralRefusedException(Reason.ENDED, "Referral " + referralId + " has ended");
                }
                String ageBand = row.getString("age_band");
                return new ReferralSummary(referralId, ReferralKind.valueOf(row.getString("kind")),
                        row.getString("code"), row.getString("reference"),
                        ValueNames.of(Gender.class, row.getString("gender")),
                        ageBand == null ? null : AgeBand.valueOf(ageBand), row.getString("citizenship"),
                        ValueNames.setOf(TypeOfExploitation.class, row.getString("exploitation_types")),
                        ValueNames.of(ReferralReason.class, row.getString("reason")),
                        ValueNames.setOf(SupportPlanType.class, row.getString("services")),
                        ReferralReads.instant(row, "sent_at"));
            }
        }
    }
}
