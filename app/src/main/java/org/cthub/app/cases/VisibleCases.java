package org.cthub.app.cases;

import org.cthub.app.audit.AuditTrail;
import org.cthub.app.security.CurrentUser;
import org.cthub.app.security.SignedIn;
import org.cthub.app.web.NotFoundException;
import org.cthub.store.audit.AuditEvent;
import org.cthub.store.casework.CaseFile;
import org.cthub.store.casework.CaseFiles;
import org.cthub.store.referrals.CaseAccess;
import org.cthub.store.referrals.Referrals;
import org.springframework.stereotype.Service;

/**
 * The organisation boundary of every case page: a case is visible to the organisation that owns it and to one
 * it was referred to (while the referral is accepted); to everybody else it does not exist (404), and the
 * attempt is recorded. Only the owner changes the case itself; a referred organisation adds the services and
 * notes of its own work.
 */
@Service
public class VisibleCases {

    /** How the current organisation may use a case. */
    public enum Access { OWNER, REFERRED }

    /** A case and how the current organisation may use it. */
    public record Visible(CaseFile file, Access access) {

        public boolean owned() {
            return access == Access.OWNER;
        }
    }

    private final CaseFiles cases;
    private final Referrals referrals;
    private final AuditTrail audit;

    VisibleCases(CaseFiles cases, Referrals referrals, AuditTrail audit) {
        this.cases = cases;
        this.referrals = referrals;
        this.audit = audit;
    }

    /**
     * The case, if the current account's organisation may see it.
     *
     * @throws NotFoundException when it does not exist or may not be seen
     */
    public Visible require(long caseId) {
        SignedIn account = CurrentUser.get();
        // The referrals' rule (referral under way, consent still given) decides; the case query agrees with it.
        CaseAccess access = referrals.canAccess(account.organisationId(), caseId);
        CaseFile file = access == CaseAccess.NONE ? null : cases.find(caseId, account.organisationId()).orElse(null);
        if (file == null) {
            audit.record("CASE_READ", "CASE", caseId, AuditEvent.Outcome.DENIED, "not visible");
            throw new NotFoundException("Case");
        }
        return new Visible(file, file.organisationId() == account.organisationId() ? Access.OWNER : Access.REFERRED);
    }

    /**
     * The case, if the current account's organisation owns it: for changes to the case itself.
     *
     * @throws NotFoundException when it does not exist or may not be seen
     * @throws org.springframework.security.access.AccessDeniedException when it is only referred
     */
    public CaseFile requireOwned(long caseId) {
        Visible visible = require(caseId);
        if (!visible.owned()) {
            audit.record("CASE_WRITE", "CASE", caseId, AuditEvent.Outcome.DENIED, "referred, not owned");
            throw new org.springframework.security.access.AccessDeniedException("Only the owner changes the case");
        }
        return visible.file();
    }
}
