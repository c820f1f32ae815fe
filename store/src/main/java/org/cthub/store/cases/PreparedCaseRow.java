package org.cthub.store.cases;

import java.time.LocalDate;
import java.util.Objects;
import org.cthub.store.crypto.EncryptedValue;

/**
 * The column values of one {@code trafficking_case} row, ready to be written: the record split, serialised
 * and its identifiers encrypted. Audit columns, version and import batch are added by whoever writes the row.
 *
 * @param organisationId the owning organisation's id
 * @param reference the organisation's case reference
 * @param status the case status's value name, or null
 * @param ageBand an {@link org.cthub.standard.htcds.AgeBand} constant name, or null
 * @param majorityStatus a {@link org.cthub.standard.htcds.MajorityStatus} constant name, or null
 * @param citizenship the alpha-3 code of the first citizenship, or null
 * @param countryOfExploitation an alpha-3 code, or null
 * @param exploitationTypes the types of exploitation's value names joined by {@code ;}, or null when none
 * @param consentToShare consent to share anonymised data; null when not recorded
 * @param matchKey the keyed hash of the person's normalised name and birth date ({@link MatchText}), or null
 *     when either is missing
 * @param recordJson the non-identifying JSON
 * @param identifiers the encrypted identifiers
 */
public record PreparedCaseRow(long organisationId, String reference, String status, LocalDate registrationDate,
                              Integer registrationYear, String gender, String ageBand, String majorityStatus,
                              String citizenship, String countryOfExploitation, String exploitationTypes,
                              Boolean consentToShare, String matchKey, String recordJson,
                              EncryptedValue identifiers) {

    public PreparedCaseRow {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(recordJson, "recordJson");
        Objects.requireNonNull(identifiers, "identifiers");
    }
}
