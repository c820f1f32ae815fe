package org.cthub.store.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A referral of a case to the national referral mechanism and the authority's decision on it.
 *
 * @param referredOn when the case was submitted to the competent authority
 * @param decidedOn when the authority decided; null while pending
 * @param reflectionEndsOn the end of the recovery and reflection period a positive reasonable-grounds decision
 *     opens; null otherwise
 */
public record NrmDecision(long id, long caseId, NrmKind kind, LocalDate referredOn, String authority,
                          LocalDate decidedOn, NrmOutcome outcome, LocalDate reflectionEndsOn, String recordedBy,
                          Instant recordedAt, String decidedBy, Instant decidedAt) {

    public NrmDecision {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(referredOn, "referredOn");
        Objects.requireNonNull(outcome, "outcome");
    }
}
