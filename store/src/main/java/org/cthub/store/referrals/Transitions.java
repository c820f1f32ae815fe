package org.cthub.store.referrals;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.cthub.store.referrals.ReferralRefusedException.Reason;

/**
 * Moves referrals through their states inside a caller's transaction: the answers and follow-up of the two
 * organisations, and the end of every open referral of a case when the person withdraws consent.
 */
final class Transitions {

    private final Transfer transfer;
    private final Notes notes;

    Transitions(Transfer transfer, Notes notes) {
        this.transfer = Objects.requireNonNull(transfer, "transfer");
        this.notes = Objects.requireNonNull(notes, "notes");
    }

    /**
     * Moves a referral to {@code next} on behalf of an organisation: the sender withdraws, the receiver does
     * everything else. Accepting needs the person's consent still, and an open case; accepting a transfer moves
     * the case.
     */
    void change(Connection connection, long referralId, int expectedVersion, long actingOrganisationId,
                ReferralState next, String note, String actor, OffsetDateTime now) throws SQLException {
        CaseFacts kase = CaseFacts.lock(connection, ReferralRows.caseOf(connection, referralId));
        ReferralRows.Row row = ReferralRows.lock(connection, referralId);
        requireParty(row, next, actingOrganisationId);
        if (row.version() != expectedVersion) {
            throw new ConcurrentReferralUpdateException(referralId, expectedVersion, row.version());
        }
        if (!row.state().canBecome(next)) {
            throw new InvalidReferralTransitionException(referralId, row.state(), next);
        }
        if (next == ReferralState.ACCEPTED) {
            requireShareable(kase);
            if (row.kind() == ReferralKind.TRANSFER) {
                accept(connection, kase, row, actor, now);
            }
        }
        boolean response = row.state() == ReferralState.SENT && next != ReferralState.WITHDRAWN;
        ReferralRows.move(connection, row, next, response, notes.seal(referralId, note), actor, now);
    }

    /**
     * Ends every open referral of a case: those waiting are withdrawn, those under way closed, each noted
     * "consent withdrawn". Returns how many.
     */
    int revoke(Connection connection, long caseId, String actor, OffsetDateTime now) throws SQLException {
        CaseFacts.lock(connection, caseId);
        List<ReferralRows.Row> open = ReferralRows.lockOpen(connection, caseId);
        for (ReferralRows.Row row : open) {
            ReferralState next = row.state() == ReferralState.SENT ? ReferralState.WITHDRAWN : ReferralState.CLOSED;
            ReferralRows.move(connection, row, next, false, notes.seal(row.id(), Notes.CONSENT_WITHDRAWN), actor,
                    now);
        }
        return open.size();
    }

    static void requireShareable(CaseFacts kase) {
        if (!kase.consented()) {
            throw new ReferralRefusedException(Reason.NO_CONSENT, "Case " + kase.id() + " lacks the person's consent "
                    + "to assistance and to sharing their data; record both before referring it");
        }
        if (kase.closed() || kase.voided()) {
            throw new ReferralRefusedException(Reason.CASE_CLOSED, "Case " + kase.id() + " is closed");
        }
    }

    private void accept(Connection connection, CaseFacts kase, ReferralRows.Row row, String actor,
                        OffsetDateTime now) throws SQLException {
        if (kase.organisationId() != row.fromOrganisationId()) {
            throw new ReferralRefusedException(Reason.NOT_OWNER, "The sender of referral " + row.id()
                    + " no longer owns case " + kase.id());
        }
        transfer.move(connection, kase, row.toOrganisationId(), actor, now);
        // The old owner can no longer follow up what it sent; a second transfer must not move the case again.
        for (ReferralRows.Row other : ReferralRows.lockOpen(connection, kase.id())) {
            if (other.id() != row.id() && other.state() == ReferralState.SENT) {
                ReferralRows.move(connection, other, ReferralState.WITHDRAWN, false,
                        notes.seal(other.id(), Notes.CASE_TRANSFERRED), actor, now);
            }
        }
    }

    private static void requireParty(ReferralRows.Row row, ReferralState next, long actingOrganisationId) {
        if (next == ReferralState.WITHDRAWN && row.fromOrganisationId() != actingOrganisationId) {
            throw new ReferralRefusedException(Reason.NOT_SENDER, "Only the organisation that sent referral "
                    + row.id() + " may withdraw it");
        }
        if (next != ReferralState.WITHDRAWN && row.toOrganisationId() != actingOrganisationId) {
            throw new ReferralRefusedException(Reason.NOT_RECEIVER, "Only the organisation that received referral "
                    + row.id() + " may answer or follow it up");
        }
    }
}
