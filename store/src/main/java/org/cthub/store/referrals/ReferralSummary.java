package org.cthub.store.referrals;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.cthub.standard.htcds.AgeBand;
import org.cthub.standard.htcds.Gender;
import org.cthub.standard.htcds.ReferralReason;
import org.cthub.standard.htcds.SupportPlanType;
import org.cthub.standard.htcds.TypeOfExploitation;

/**
 * What a receiving organisation may read of a case before it accepts: enough to decide whether it can help,
 * nothing that identifies the person. Built from the case's query columns only; the encrypted identifiers are
 * never read for it. No names, birth date, contact details, identity number, address or free text.
 *
 * @param caseReference the sending organisation's reference, to quote back to it
 * @param gender the person's gender, or null
 * @param ageBand the age band, or null
 * @param citizenship the alpha-3 code of the first citizenship, or null
 */
public record ReferralSummary(long referralId, ReferralKind kind, String fromOrganisationCode, String caseReference,
                              Gender gender, AgeBand ageBand, String citizenship,
                              Set<TypeOfExploitation> exploitationTypes, ReferralReason reason,
                              Set<SupportPlanType> services, Instant sentAt) {

    public ReferralSummary {
        Objects.requireNonNull(kind, "kind");
        exploitationTypes = Set.copyOf(exploitationTypes);
        services = Set.copyOf(services);
    }

    /** Leaves out the case reference, which must not reach a log. */
    @Override
    public String toString() {
        return "ReferralSummary[referral=" + referralId + ", " + kind + " from " + fromOrganisationCode + ", "
                + gender + ", " + ageBand + ", " + citizenship + ", " + exploitationTypes + ", " + reason + ", "
                + services + "]";
    }
}
