package org.cthub.store.referrals;

/** What an organisation may do with a case. */
public enum CaseAccess {
    /** The case is the organisation's own. */
    OWNER,
    /** Another organisation referred the case to it, and it accepted: it may read the case and work on it. */
    REFERRED,
    /** The case is not the organisation's to see. */
    NONE
}
