package org.cthub.store.casework;

import org.cthub.standard.htcds.Case;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.standard.htcds.CaseStatus;
import org.cthub.standard.htcds.Consent;

/** Copies of a case record with one part changed; the model's records are immutable. */
final class Records {

    private Records() {
    }

    static CaseRecord withCase(CaseRecord record, Case caseInfo) {
        return new CaseRecord(caseInfo, record.person(), record.victim(), record.perpetrators(), record.events(),
                record.referrals(), record.comments(), record.supportPlans(), record.consent(),
                record.perpetratorSummary());
    }

    static CaseRecord withReference(CaseRecord record, String reference) {
        Case old = record.caseInfo();
        return withCase(record, new Case(reference, old.status(), old.reasonForClosure(), old.caseOwner(),
                old.registrationDate(), old.registrationYear(), old.registrationPeriod()));
    }

    static CaseRecord withStatus(CaseRecord record, CaseStatus status, String reasonForClosure) {
        Case old = record.caseInfo();
        return withCase(record, new Case(old.reference(), status, reasonForClosure, old.caseOwner(),
                old.registrationDate(), old.registrationYear(), old.registrationPeriod()));
    }

    static CaseRecord withConsent(CaseRecord record, Consent consent) {
        return new CaseRecord(record.caseInfo(), record.person(), record.victim(), record.perpetrators(),
                record.events(), record.referrals(), record.comments(), record.supportPlans(), consent,
                record.perpetratorSummary());
    }
}
