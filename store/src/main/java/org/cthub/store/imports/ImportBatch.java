package org.cthub.store.imports;

import java.time.Instant;

/**
 * One imported file, as recorded.
 *
 * @param id the batch's id
 * @param organisationCode the organisation that contributed the file
 * @param sha256 the SHA-256 of the file
 * @param totalRows the file's data rows
 * @param acceptedRows rows that became cases
 * @param rejectedRows rows validation rejected
 * @param insertedCases accepted rows that were new cases
 * @param updatedCases accepted rows that changed an existing case
 * @param unchangedCases accepted rows identical to the stored case
 */
public record ImportBatch(long id, String organisationCode, String fileName, String sha256, String format,
                          long totalRows, long acceptedRows, long rejectedRows, long insertedCases,
                          long updatedCases, long unchangedCases, String importedBy, Instant importedAt) {

    @Override
    public String toString() {
        return "ImportBatch[id=" + id + ", organisation=" + organisationCode + ", rows=" + totalRows + ", accepted="
                + acceptedRows + ", rejected=" + rejectedRows + ", inserted=" + insertedCases + ", updated="
                + updatedCases + ", unchanged=" + unchangedCases + "]";
    }
}
