package org.cthub.store.imports;

import java.util.Objects;

/**
 * What an import did.
 *
 * @param duplicate true when the organisation had imported the same file before: nothing changed, and
 *     {@code batch} is that earlier import
 * @param batch the batch written now, or the earlier one for a duplicate
 */
public record ImportOutcome(boolean duplicate, ImportBatch batch) {

    public ImportOutcome {
        Objects.requireNonNull(batch, "batch");
    }

    /** Cases created by this call; 0 for a duplicate. */
    public long inserted() {
        return duplicate ? 0 : batch.insertedCases();
    }

    /** Cases changed by this call (each one's previous version kept in its history); 0 for a duplicate. */
    public long updated() {
        return duplicate ? 0 : batch.updatedCases();
    }

    /** Accepted records identical to the stored case; 0 for a duplicate. */
    public long unchanged() {
        return duplicate ? 0 : batch.unchangedCases();
    }
}
