package org.cthub.store.casework;

/** A case that may be the same person: same normalised name and birth date. */
public record CaseMatch(long caseId, String reference) {
}
