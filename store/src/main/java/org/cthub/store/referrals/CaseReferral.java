package org.cthub.store.referrals;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.cthub.standard.htcds.ReferralReason;
import org.cthub.standard.htcds.SupportPlanType;

/**
 * A referral or transfer as its two organisations follow it up.
 *
 * @param caseReference the sending organisation's reference of the case
 * @param services the services requested, possibly none
 * @param version increases with every change; pass it back to change the referral
 * @param respondedBy who accepted or declined it, or null while it waits
 * @param responseNote the decline note, or why the referral ended ("consent withdrawn"), or null; decrypted
 */
public record CaseReferral(long id, long caseId, String caseReference, ReferralKind kind, long fromOrganisationId,
                           String fromOrganisationCode, long toOrganisationId, String toOrganisationCode,
                           ReferralReason reason, Set<SupportPlanType> services, ReferralState state, int version,
                           String sentBy, Instant sentAt, String respondedBy, Instant respondedAt,
                           String responseNote, String changedBy, Instant changedAt) {

    public CaseReferral {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        services = Set.copyOf(services);
    }

    /** Leaves out the case reference and the note, which must not reach a log. */
    @Override
    public String toString() {
        return "CaseReferral[id=" + id + ", case=" + caseId + ", " + kind + " " + fromOrganisationCode + " -> "
                + toOrganisationCode + ", " + state + ", version=" + version + "]";
    }
}
