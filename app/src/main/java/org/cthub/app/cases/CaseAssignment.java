package org.cthub.app.cases;

import java.util.List;
import org.cthub.app.security.CurrentUser;
import org.cthub.app.security.Role;
import org.cthub.store.casework.CaseFiles;
import org.cthub.store.users.UserAccount;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Making a caseworker or supervisor of the owner organisation responsible for a case. The store refuses
 * anybody outside the organisation and records the assignment in the audit trail.
 */
@Service
class CaseAssignment {

    private final VisibleCases visible;
    private final CaseFiles cases;
    private final CaseList list;

    CaseAssignment(VisibleCases visible, CaseFiles cases, CaseList list) {
        this.visible = visible;
        this.cases = cases;
        this.list = list;
    }

    /** Who may be made responsible for the organisation's cases. */
    @PreAuthorize("hasAuthority('" + Role.Authority.CASE_ASSIGN + "')")
    List<UserAccount> candidates() {
        return list.caseworkers();
    }

    /**
     * Gives the case to a candidate, or to nobody when the username is blank.
     *
     * @return false, and nothing changed, when the username is not a candidate's
     */
    @PreAuthorize("hasAuthority('" + Role.Authority.CASE_ASSIGN + "')")
    boolean assign(long caseId, String username) {
        visible.requireOwned(caseId);
        String chosen = username == null || username.isBlank() ? null : username.strip();
        if (chosen != null && candidates().stream().noneMatch(account -> account.username().equals(chosen))) {
            return false;
        }
        cases.assign(caseId, chosen, CurrentUser.get().username());
        return true;
    }
}
