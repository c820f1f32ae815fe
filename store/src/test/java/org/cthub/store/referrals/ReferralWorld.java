package org.cthub.store.referrals;

import java.util.Set;
import org.cthub.standard.htcds.ReferralReason;
import org.cthub.standard.htcds.SupportPlanType;
import org.cthub.store.TestCases;
import org.cthub.store.TestDatabase;
import org.cthub.store.TestStore;
import org.cthub.store.crypto.IdentifierCipher;

/** Two organisations and a third, a consenting case of the first, and the repository, on a test database. */
final class ReferralWorld {

    final TestStore store;
    final TestCases cases;
    final Referrals referrals;
    final long sender;
    final long receiver;
    final long other;
    final long caseId;

    ReferralWorld(TestDatabase db) {
        store = TestStore.on(db);
        cases = new TestCases(store, 11);
        referrals = new Referrals(db.database(), store.rows(), new IdentifierCipher(store.keys()), store.clock());
        sender = cases.organisation();
        receiver = cases.organisation();
        other = cases.organisation();
        caseId = cases.write(sender, "CASE-1");
    }

    long send(ReferralKind kind) {
        return referrals.send(caseId, sender, kind, receiver, ReferralReason.ADDITIONAL_SERVICES_REQUIRED,
                Set.of(SupportPlanType.HEALTH, SupportPlanType.LEGAL), "sender.worker");
    }

    CaseReferral find(long referralId) {
        return referrals.find(referralId).orElseThrow();
    }
}
