package org.cthub.store.casework;

import java.time.Instant;
import java.util.Objects;
import org.cthub.standard.htcds.CaseRecord;

/**
 * A case as a caseworker opens it: its place in the store and its record, decrypted.
 *
 * @param organisationId the owning organisation
 * @param version the version to pass back to {@link CaseFiles#save} (optimistic locking)
 * @param caseworker the username responsible for the case, or null when unassigned
 * @param closedAt when the case was closed, or null while it is open
 * @param identifiersErasedAt when retention or an erasure request removed its identifiers, or null
 * @param changedBy who wrote the current version
 */
public record CaseFile(long id, long organisationId, String organisationCode, String reference, int version,
                       String caseworker, Instant closedAt, Instant identifiersErasedAt, String changedBy,
                       Instant changedAt, CaseRecord record) {

    public CaseFile {
        Objects.requireNonNull(organisationCode, "organisationCode");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(record, "record");
    }

    /** Leaves the record out: it holds personal identifiers. */
    @Override
    public String toString() {
        return "CaseFile[id=" + id + ", organisation=" + organisationCode + ", version=" + version + "]";
    }
}
