package org.cthub.store.referrals;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a referral stands: the follow-up the sender sees. The receiver accepts or declines what was sent, then
 * starts services and closes it; the sender may withdraw it until the receiver answers.
 */
public enum ReferralState {
    SENT, ACCEPTED, DECLINED, SERVICES_STARTED, CLOSED, WITHDRAWN;

    /** The states in which the receiving organisation is, or may become, involved with the person. */
    static final Set<ReferralState> OPEN = EnumSet.of(SENT, ACCEPTED, SERVICES_STARTED);

    /** Whether a referral in this state may move to {@code next}. */
    public boolean canBecome(ReferralState next) {
        return switch (this) {
            case SENT -> next == ACCEPTED || next == DECLINED || next == WITHDRAWN;
            case ACCEPTED -> next == SERVICES_STARTED || next == CLOSED;
            case SERVICES_STARTED -> next == CLOSED;
            case DECLINED, CLOSED, WITHDRAWN -> false;
        };
    }

    /** Whether the referral has ended: nothing can follow. */
    public boolean isFinal() {
        return !OPEN.contains(this);
    }
}
