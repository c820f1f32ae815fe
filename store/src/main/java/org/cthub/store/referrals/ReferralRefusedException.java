package org.cthub.store.referrals;

import java.util.Objects;
import org.cthub.store.StoreErrorCode;
import org.cthub.store.StoreException;

/** A referral action that a rule refuses; nothing was written. {@link #reason()} says which rule. */
public final class ReferralRefusedException extends StoreException {

    private static final long serialVersionUID = 1L;

    /** The rules, stable: the web layer maps each to a message the user can act on. */
    public enum Reason {
        /** The person has not consented both to assistance and to sharing their data. */
        NO_CONSENT,
        /** The case would go to the organisation that owns it. */
        SAME_ORGANISATION,
        /** A referral or transfer of the case to that organisation waits for an answer already. */
        ALREADY_PENDING,
        /** The case is closed. */
        CASE_CLOSED,
        /** Only the organisation that owns the case may refer or transfer it. */
        NOT_OWNER,
        /** Only the receiving organisation may answer or follow up a referral. */
        NOT_RECEIVER,
        /** Only the sending organisation may withdraw a referral. */
        NOT_SENDER,
        /** The receiving organisation has a case with the same reference; it cannot take this one over. */
        REFERENCE_TAKEN,
        /** The referral has ended (declined, withdrawn or closed). */
        ENDED
    }

    private final Reason reason;

    ReferralRefusedException(Reason reason, String message) {
        super(StoreErrorCode.E5013_REFUSED, Objects.requireNonNull(reason, "reason") + ": " + message, null);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
