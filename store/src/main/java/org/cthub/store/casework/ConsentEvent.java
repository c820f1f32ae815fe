package org.cthub.store.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Consent given, refused or withdrawn, as recorded.
 *
 * @param given true when consent was given, false when it was refused or withdrawn
 * @param scope what the consent covers, or null
 * @param givenOn when the person gave, refused or withdrew it
 */
public record ConsentEvent(long id, long caseId, ConsentKind kind, boolean given, String scope, LocalDate givenOn,
                           String recordedBy, Instant recordedAt) {

    public ConsentEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(givenOn, "givenOn");
    }
}
