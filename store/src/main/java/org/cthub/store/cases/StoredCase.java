package org.cthub.store.cases;

import java.util.Objects;
import org.cthub.standard.htcds.CaseRecord;

/**
 * A case as stored, decrypted.
 *
 * @param organisationCode the code of the organisation that owns it
 * @param version its version, 1 when it has never changed
 * @param record the full case record, identifiers included
 */
public record StoredCase(String organisationCode, int version, CaseRecord record) {

    public StoredCase {
        Objects.requireNonNull(organisationCode, "organisationCode");
        Objects.requireNonNull(record, "record");
    }

    /** Shows the organisation and version only: the record holds personal identifiers. */
    @Override
    public String toString() {
        return "StoredCase[organisation=" + organisationCode + ", version=" + version + "]";
    }
}
