package org.cthub.app.referrals;

import java.util.ArrayList;
import java.util.List;
import org.cthub.store.referrals.CaseReferral;
import org.cthub.store.referrals.ReferralKind;
import org.cthub.store.referrals.ReferralState;

/**
 * A referral or transfer as a page shows it to one of its two organisations: what was asked, where it stands,
 * and who did what when.
 *
 * @param steps what happened, oldest first
 * @param note the receiver's reason for declining as typed, or null
 * @param noteKey the message key of a note the store wrote itself (consent withdrawn, case transferred), or
 *     null; such notes are shown in the reader's language
 * @param withdrawable whether the reader's organisation may withdraw it now
 * @param caseVisible whether the reader's organisation can open the case
 */
record ReferralLine(long id, long caseId, String caseReference, ReferralKind kind, String fromCode, String toCode,
                    String reason, List<String> services, ReferralState state, int version, List<Step> steps,
                    String note, String noteKey, boolean withdrawable, boolean caseVisible) {

    /**
     * One thing that happened to the referral.
     *
     * @param state the state it reached, named by the message {@code referrals.step.<state>}
     */
    record Step(ReferralState state, String when, String who) {
    }

    // The notes the store writes when it ends referrals itself (see org.cthub.store.referrals.Notes).
    private static final String CONSENT_WITHDRAWN = "consent withdrawn";
    private static final String CASE_TRANSFERRED = "case transferred to another organisation";

    /** The line of a referral as the organisation {@code readerId} sees it. */
    static ReferralLine of(CaseReferral referral, long readerId, Wording wording) {
        boolean declined = referral.state() == ReferralState.DECLINED;
        String noteKey = declined ? null : systemNoteKey(referral.responseNote());
        String note = declined ? referral.responseNote() : null;
        boolean transferred = referral.kind() == ReferralKind.TRANSFER && referral.respondedAt() != null && !declined;
        boolean visible = referral.toOrganisationId() == readerId
                ? referral.state() == ReferralState.ACCEPTED || referral.state() == ReferralState.SERVICES_STARTED
                        || transferred
                : !transferred;
        return new ReferralLine(referral.id(), referral.caseId(), referral.caseReference(), referral.kind(),
                referral.fromOrganisationCode(), referral.toOrganisationCode(), wording.label(referral.reason()),
                wording.labels(referral.services()), referral.state(), referral.version(), steps(referral), note,
                noteKey, referral.state() == ReferralState.SENT && referral.fromOrganisationId() == readerId,
                visible);
    }

    private static List<Step> steps(CaseReferral referral) {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(ReferralState.SENT, Wording.when(referral.sentAt()), referral.sentBy()));
        if (referral.respondedAt() != null) {
            // Only the receiver's first answer is recorded as a response: accepted, or declined.
            ReferralState answer = referral.state() == ReferralState.DECLINED ? ReferralState.DECLINED
                    : ReferralState.ACCEPTED;
            steps.add(new Step(answer, Wording.when(referral.respondedAt()), referral.respondedBy()));
        }
        ReferralState state = referral.state();
        if (state == ReferralState.SERVICES_STARTED || state == ReferralState.CLOSED
                || state == ReferralState.WITHDRAWN) {
            steps.add(new Step(state, Wording.when(referral.changedAt()), referral.changedBy()));
        }
        return List.copyOf(steps);
    }

    private static String systemNoteKey(String note) {
        if (CONSENT_WITHDRAWN.equals(note)) {
            return "referrals.note.consentWithdrawn";
        }
        if (CASE_TRANSFERRED.equals(note)) {
            return "referrals.note.caseTransferred";
        }
        return null;
    }
}
