package org.cthub.app.cases;

import org.cthub.app.audit.AuditTrail;
import org.cthub.app.security.CurrentUser;
import org.cthub.app.security.Role;
import org.cthub.store.casework.CaseFile;
import org.cthub.store.casework.Consents;
import org.cthub.store.users.Users;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Opening a case: through the organisation boundary, and recorded as a read of that case. */
@Service
class CaseReading {

    private final VisibleCases visible;
    private final Consents consents;
    private final Users users;
    private final AuditTrail audit;

    CaseReading(VisibleCases visible, Consents consents, Users users, AuditTrail audit) {
        this.visible = visible;
        this.consents = consents;
        this.users = users;
        this.audit = audit;
    }

    /**
     * The case, with its consent history.
     *
     * @throws org.cthub.app.web.NotFoundException when the organisation may not see it (recorded as denied)
     */
    @PreAuthorize("hasAuthority('" + Role.Authority.CASE_READ + "')")
    CaseView open(long caseId) {
        VisibleCases.Visible found = visible.require(caseId);
        audit.record("CASE_READ", "CASE", caseId);
        CaseFile file = found.file();
        boolean canWrite = found.owned() && CurrentUser.get().role().authorities().contains(Role.Authority.CASE_WRITE);
        String caseworker = file.caseworker() == null ? null : users.findByUsername(file.caseworker())
                .map(CaseList::name).orElse(file.caseworker());
        return new CaseView(file, found.owned(), canWrite, ConsentLine.of(consents.history(caseId)), caseworker);
    }
}
