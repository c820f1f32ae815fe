package org.cthub.store.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A person's request as recorded; kept after the data is gone, as the record that it was honoured.
 *
 * @param completedAt when it was honoured, or null while open
 */
public record SubjectRequest(long id, long caseId, SubjectRequestKind kind, LocalDate receivedOn, String recordedBy,
                             Instant recordedAt, String completedBy, Instant completedAt) {

    public SubjectRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(receivedOn, "receivedOn");
    }

    public boolean isCompleted() {
        return completedAt != null;
    }
}
