package org.cthub.store.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A screening as stored, the person decrypted.
 *
 * @param caseId the case opened from it, or null
 */
public record Screening(long id, long organisationId, Long caseId, LocalDate screenedOn, String screenedBy,
                        Set<TraffickingIndicator> indicators, ScreeningDecision decision, String decidedBy,
                        ScreenedPerson person, Instant createdAt, String createdBy) {

    public Screening {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(person, "person");
        indicators = Set.copyOf(indicators);
    }

    /** Leaves the person out. */
    @Override
    public String toString() {
        return "Screening[id=" + id + ", organisation=" + organisationId + ", decision=" + decision + "]";
    }
}
