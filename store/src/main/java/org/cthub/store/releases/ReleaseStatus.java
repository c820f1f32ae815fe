package org.cthub.store.releases;

/** Where a release is on its way to publication. */
public enum ReleaseStatus {
    /** Built and checked; waiting for a data manager. */
    BUILT,
    /** Approved by a data manager; waiting for an administrator. */
    APPROVED,
    /** Published with a version; immutable from then on. */
    PUBLISHED,
    /** Will never be published. */
    REJECTED
}
