package org.cthub.app.referrals;

import org.cthub.app.generate.SyntheticCases;
import org.cthub.standard.htcds.Case;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.standard.htcds.CaseStatus;
import org.cthub.standard.htcds.Consent;
import org.cthub.store.casework.CaseFiles;
import org.cthub.store.organisations.Organisation;

/** Generated cases (never real people) for the referral tests, with or without the person's consent. */
final class ConsentingCases {

    private ConsentingCases() {
    }

    /** The record of a generated, active case; consenting to assistance and to sharing, or to neither. */
    static CaseRecord record(long seed, boolean consent) {
        CaseRecord generated = new SyntheticCases(1, 1, seed).next().record();
        return new CaseRecord(new Case(null, CaseStatus.ACTIVE, null, null, generated.caseInfo().registrationDate(),
                null, null), generated.person(), generated.victim(), generated.perpetrators(), generated.events(),
                generated.referrals(), generated.comments(), generated.supportPlans(),
                new Consent(consent, consent), generated.perpetratorSummary());
    }

    /** Creates the case in the organisation; returns its id. */
    static long create(CaseFiles cases, Organisation organisation, long seed, boolean consent) {
        return cases.create(organisation.id(), record(seed, consent), null, "test");
    }
}
