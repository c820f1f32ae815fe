package org.cthub.store.casework;

import java.time.Instant;
import java.util.Objects;
import org.cthub.standard.htcds.CaseStatus;

/**
 * A request to close a case and its decision.
 *
 * @param targetStatus Closed or ClosedReferred
 * @param decision null while pending
 * @param note the supervisor's note on the decision, decrypted, or null
 */
public record ClosureRequest(long id, long caseId, ClosureReason reason, CaseStatus targetStatus,
                             String createdBy, Instant createdAt, ClosureDecision decision, String decidedBy,
                             Instant decidedAt, String note) {

    public ClosureRequest {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(targetStatus, "targetStatus");
    }

    public boolean pending() {
        return decision == null;
    }

    /** Leaves the note out: it is free text and may name the person. */
    @Override
    public String toString() {
        return "ClosureRequest[id=" + id + ", case=" + caseId + ", reason=" + reason + ", decision=" + decision + "]";
    }
}
