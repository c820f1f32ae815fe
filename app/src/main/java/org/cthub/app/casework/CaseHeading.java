package org.cthub.app.casework;

import org.cthub.app.cases.VisibleCases;
import org.cthub.app.security.CurrentUser;

/**
 * What every section needs of its case besides its own records: the id for its links and forms, the reference
 * for the page title and whether the organisation owns it or works on it through a referral.
 */
record CaseHeading(long id, String reference, boolean owned) {

    static CaseHeading of(VisibleCases.Visible visible) {
        return new CaseHeading(visible.file().id(), visible.file().reference(), visible.owned());
    }

    /** Whether the signed-in account has an authority: decides which forms a section offers. */
    static boolean may(String authority) {
        return CurrentUser.find().map(account -> account.role().authorities().contains(authority)).orElse(false);
    }
}
