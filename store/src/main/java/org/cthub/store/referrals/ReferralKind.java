package org.cthub.store.referrals;

/** What a referral asks of the receiving organisation. */
public enum ReferralKind {
    /** Provide services: the receiver gets access to the case while the sender keeps it. */
    REFERRAL,
    /** Take the case over: once accepted, the receiver owns it and the sender no longer sees it. */
    TRANSFER
}
