package org.cthub.store.referrals;

import org.cthub.store.StoreErrorCode;
import org.cthub.store.StoreException;

/**
 * The referral changed since the caller read it (its version differs): someone else answered or withdrew it
 * meanwhile. Nothing was written; reload it and decide again.
 */
public final class ConcurrentReferralUpdateException extends StoreException {

    private static final long serialVersionUID = 1L;

    ConcurrentReferralUpdateException(long referralId, int expectedVersion, int actualVersion) {
        super(StoreErrorCode.E5008_CONCURRENT_UPDATE, "Referral " + referralId + " is at version " + actualVersion
                + ", not " + expectedVersion + ": it changed meanwhile; reload it", null);
    }
}
