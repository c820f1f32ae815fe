package org.cthub.store.releases;

import org.cthub.store.StoreErrorCode;
import org.cthub.store.StoreException;

/** A change the release's status does not allow, or a publication of files that changed since the build. */
public final class ReleaseRefusedException extends StoreException {

    private static final long serialVersionUID = 1L;

    /** Why, for the page to say in its own words. */
    public enum Reason { NOT_BUILT, CHECK_FAILED, NOT_APPROVED, PUBLISHED_IS_IMMUTABLE, ALREADY_REJECTED, FILES_CHANGED }

    private final Reason reason;

    public ReleaseRefusedException(long releaseId, Reason reason, String message) {
        super(StoreErrorCode.E5013_REFUSED, "Release " + releaseId + " " + reason + ": " + message, null);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
