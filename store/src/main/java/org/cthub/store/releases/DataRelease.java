package org.cthub.store.releases;

import java.time.OffsetDateTime;
import java.util.List;

/** A recorded release. {@code version} is null until it is published; times and actors are null until done. */
public record DataRelease(long id, Integer version, String method, String parameters, ReleaseStatus status,
                          String folder, boolean checkPassed, long records, long suppressed, String builtBy,
                          OffsetDateTime builtAt, String approvedBy, OffsetDateTime approvedAt, String publishedBy,
                          OffsetDateTime publishedAt, String rejectedBy, OffsetDateTime rejectedAt,
                          String rejectedNote, Long previousReleaseId, List<ReleaseFile> files) {

    public boolean published() {
        return status == ReleaseStatus.PUBLISHED;
    }
}
