package org.cthub.store.casework;

import org.cthub.store.StoreErrorCode;
import org.cthub.store.StoreException;

/**
 * A save was based on a version of the case that is no longer the current one: someone else changed it in
 * between. Nothing was written; the caller reloads the case and applies the change again.
 */
public final class CaseChangedException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final long caseId;
    private final int currentVersion;
    private final String changedBy;

    CaseChangedException(long caseId, int currentVersion, String changedBy) {
        super(StoreErrorCode.E5011_CHANGED_MEANWHILE, "Case " + caseId + " was changed by someone else (now version "
                + currentVersion + "); reload it and apply your change again", null);
        this.caseId = caseId;
        this.currentVersion = currentVersion;
        this.changedBy = changedBy;
    }

    public long caseId() {
        return caseId;
    }

    /** The version the case has now. */
    public int currentVersion() {
        return currentVersion;
    }

    /** The username that wrote the current version, to tell the caseworker whom to talk to. */
    public String changedBy() {
        return changedBy;
    }
}
