package org.cthub.store.casework;

/** A supervisor's decision on a request to close a case. */
public enum ClosureDecision { APPROVED, REJECTED }
