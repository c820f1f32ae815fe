package org.cthub.store.casework;

/** The outcome of a national referral mechanism decision; PENDING until the authority decides. */
public enum NrmOutcome { PENDING, POSITIVE, NEGATIVE }
