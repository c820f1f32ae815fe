package org.cthub.store.referrals;

import org.cthub.store.StoreErrorCode;
import org.cthub.store.StoreException;

/** A referral was asked to move to a state its current state does not lead to; nothing was written. */
public final class InvalidReferralTransitionException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final ReferralState from;
    private final ReferralState to;

    InvalidReferralTransitionException(long referralId, ReferralState from, ReferralState to) {
        super(StoreErrorCode.E5013_REFUSED, "Referral " + referralId + " is " + from + " and cannot become " + to
                + (from.isFinal() ? "; it has ended" : ""), null);
        this.from = from;
        this.to = to;
    }

    public ReferralState from() {
        return from;
    }

    public ReferralState to() {
        return to;
    }
}
