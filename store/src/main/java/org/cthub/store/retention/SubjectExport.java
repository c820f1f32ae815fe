package org.cthub.store.retention;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.store.referrals.CaseReferral;

/**
 * Everything the store holds about a person's case, for an access request: the record decrypted and every
 * referral and transfer of it (to whom, why, when, and how it went).
 *
 * @param identifiersErasedAt when the identifiers were erased, or null
 */
public record SubjectExport(long caseId, String organisationCode, int version, CaseRecord record,
                            Instant identifiersErasedAt, List<CaseReferral> referrals) {

    public SubjectExport {
        Objects.requireNonNull(organisationCode, "organisationCode");
        Objects.requireNonNull(record, "record");
        referrals = List.copyOf(referrals);
    }

    /** Leaves the record out: it holds personal identifiers. */
    @Override
    public String toString() {
        return "SubjectExport[case=" + caseId + ", organisation=" + organisationCode + ", version=" + version
                + ", referrals=" + referrals.size() + "]";
    }
}
