package org.cthub.store.referrals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Set;
import org.cthub.standard.htcds.ReferralReason;
import org.cthub.standard.htcds.SupportPlanType;
import org.cthub.store.RecordNotFoundException;
import org.cthub.store.referrals.ReferralRefusedException.Reason;

/** Sends a referral or transfer, inside a caller's transaction, once the rules allow it. */
final class Sending {

    private Sending() {
    }

    /**
     * Checks, in order: the case exists, the acting organisation owns it, the receiver exists and is another
     * organisation, the person consented, the case is open, nothing is pending to the same receiver. The case's
     * row stays locked until the transaction ends, so two sends of one case cannot both pass the last check.
     * Whether the receiver already has a case with the same reference is checked only when a transfer is
     * accepted: checking here would let a sender probe another organisation's references.
     */
    static long send(Connection connection, long caseId, long actingOrganisationId, ReferralKind kind,
                     long toOrganisationId, ReferralReason reason, Set<SupportPlanType> services, String actor,
                     OffsetDateTime now) throws SQLException {
        CaseFacts kase = CaseFacts.lock(connection, caseId);
        if (kase.voided()) {
            throw new RecordNotFoundException("case", caseId);
        }
        if (kase.organisationId() != actingOrganisationId) {
            throw new ReferralRefusedException(Reason.NOT_OWNER, "Only the organisation that owns case " + caseId
                    + " may refer or transfer it");
        }
        if (!organisationExists(connection, toOrganisationId)) {
            throw new RecordNotFoundException("organisation", toOrganisationId);
        }
        if (toOrganisationId == kase.organisationId()) {
            throw new ReferralRefusedException(Reason.SAME_ORGANISATION, "Case " + caseId
                    + " belongs to the receiving organisation already");
        }
        Transitions.requireShareable(kase);
        if (ReferralRows.isPending(connection, caseId, toOrganisationId)) {
            throw new ReferralRefusedException(Reason.ALREADY_PENDING, "A referral of case " + caseId
                    + " to that organisation waits for its answer; withdraw it or wait");
        }
        return ReferralRows.insert(connection, caseId, kind, kase.organisationId(), toOrganisationId, reason,
                services, actor, now);
    }

    private static boolean organisationExists(Connection connection, long organisationId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT COUNT(*) FROM organisation WHERE id = ? AND voided = FALSE")) {
            select.setLong(1, organisationId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1) > 0;
            }
        }
    }
}
