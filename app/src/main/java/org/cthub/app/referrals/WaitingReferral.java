package org.cthub.app.referrals;

import java.util.List;
import org.cthub.store.referrals.ReferralKind;
import org.cthub.store.referrals.ReferralSummary;

/**
 * A referral or transfer waiting for the reader's answer, as the inbox shows it: the store's non-identifying
 * summary in the reader's language, and the version to answer it at. Nothing here names the person.
 */
record WaitingReferral(long id, int version, ReferralKind kind, String fromCode, String caseReference,
                       String gender, String ageBand, String citizenship, List<String> exploitationTypes,
                       String reason, List<String> services, String sentAt) {

    static WaitingReferral of(ReferralSummary summary, int version, Wording wording) {
        return new WaitingReferral(summary.referralId(), version, summary.kind(), summary.fromOrganisationCode(),
                summary.caseReference(), wording.label(summary.gender()), Wording.ageBand(summary.ageBand()),
                wording.country(summary.citizenship()), wording.labels(summary.exploitationTypes()),
                wording.label(summary.reason()), wording.labels(summary.services()),
                Wording.when(summary.sentAt()));
    }
}
