package org.cthub.store.retention;

/** What a person asks of the organisation that holds their data (IOM data-protection principle 7). */
public enum SubjectRequestKind {
    /** A copy of their data. */
    ACCESS,
    /** A correction of their data; the caseworker corrects the case, then completes the request. */
    RECTIFICATION,
    /** The removal of their personal identifiers. */
    ERASURE
}
