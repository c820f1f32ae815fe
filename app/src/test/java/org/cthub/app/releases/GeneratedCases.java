package org.cthub.app.releases;

import java.util.ArrayList;
import java.util.List;
import org.cthub.standard.htcds.Case;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.standard.htcds.Consent;

/** Generated cases for the tests, with consent and registration set as each test needs. */
final class GeneratedCases {

    private GeneratedCases() {
    }

    /** Generated cases, all with consent to share. */
    static List<CaseRecord> consenting(int count, long seed) {
        return ReleaseBench.generated(count, 3, seed).map(record -> withConsent(record, true)).toList();
    }

    static CaseRecord withConsent(CaseRecord record, boolean share) {
        return new CaseRecord(record.caseInfo(), record.person(), record.victim(), record.perpetrators(),
                record.events(), record.referrals(), record.comments(), record.supportPlans(),
                new Consent(true, share), record.perpetratorSummary());
    }

    /** The case without its trafficking events, so that its traffickMonths is empty. */
    static CaseRecord withoutEvents(CaseRecord record) {
        return new CaseRecord(record.caseInfo(), record.person(), record.victim(), record.perpetrators(),
                List.of(), record.referrals(), record.comments(), record.supportPlans(), record.consent(),
                record.perpetratorSummary());
    }

    /** The case with no registration date or year. */
    static CaseRecord withoutRegistration(CaseRecord record) {
        Case info = record.caseInfo();
        return new CaseRecord(new Case(info.reference(), info.status(), info.reasonForClosure(), info.caseOwner(),
                null, null, null), record.person(), record.victim(), record.perpetrators(), record.events(),
                record.referrals(), record.comments(), record.supportPlans(), record.consent(),
                record.perpetratorSummary());
    }

    static List<CaseRecord> concat(List<CaseRecord> first, List<CaseRecord> second) {
        List<CaseRecord> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
