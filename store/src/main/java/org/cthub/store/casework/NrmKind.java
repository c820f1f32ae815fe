package org.cthub.store.casework;

/** The two decisions of a national referral mechanism, in the order they are made. */
public enum NrmKind { REASONABLE_GROUNDS, CONCLUSIVE_GROUNDS }
