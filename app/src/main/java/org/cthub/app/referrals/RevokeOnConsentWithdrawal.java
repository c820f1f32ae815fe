package org.cthub.app.referrals;

import org.cthub.app.audit.AuditTrail;
import org.cthub.app.cases.ConsentWithdrawn;
import org.cthub.app.security.CurrentUser;
import org.cthub.app.security.SignedIn;
import org.cthub.store.audit.AuditEvent.Outcome;
import org.cthub.store.referrals.Referrals;
import org.springframework.stereotype.Component;

/**
 * Ends every open referral of a case when the person withdraws consent (IOM principle 5: sharing only with
 * consent; withdrawal takes effect): waiting ones are withdrawn, those under way closed, and the receiving
 * organisations lose access at once.
 *
 * <p>No authority is required here on purpose: the consent page that calls it has checked its own, and a
 * revocation only ever takes access away. Refusing it for want of a privilege would leave a person's data
 * shared against their wish.
 */
@Component
class RevokeOnConsentWithdrawal implements ConsentWithdrawn {

    /** The actor of a revocation without a signed-in account (a job, the command line). */
    static final String SYSTEM = "system";

    private final Referrals referrals;
    private final AuditTrail audit;

    RevokeOnConsentWithdrawal(Referrals referrals, AuditTrail audit) {
        this.referrals = referrals;
        this.audit = audit;
    }

    @Override
    public void withdrawn(long caseId) {
        SignedIn account = CurrentUser.find().orElse(null);
        int ended = referrals.revokeForCase(caseId, account == null ? SYSTEM : account.username());
        String detail = "consent withdrawn; referrals ended=" + ended;
        if (account == null) {
            audit.as(SYSTEM, null, "REFERRAL_REVOKE", "CASE", Long.toString(caseId), Outcome.SUCCESS, detail);
        } else {
            audit.record("REFERRAL_REVOKE", "CASE", caseId, Outcome.SUCCESS, detail);
        }
    }
}
