package org.cthub.store.casework;

import java.time.LocalDate;

/**
 * Who was screened, as far as they told: personal identifiers, stored encrypted.
 *
 * @param notes the screener's free-text notes, or null
 */
public record ScreenedPerson(String givenName, String familyName, LocalDate birthDate, String notes) {

    /** The longest name kept. */
    public static final int MAX_NAME = 200;
    /** The longest notes kept. */
    public static final int MAX_NOTES = 20_000;

    /** @throws IllegalArgumentException when a name or the notes are too long */
    public ScreenedPerson {
        givenName = Checks.text("givenName", givenName, MAX_NAME);
        familyName = Checks.text("familyName", familyName, MAX_NAME);
        notes = Checks.text("notes", notes, MAX_NOTES);
    }

    /** Shows which fields are filled, never their values. */
    @Override
    public String toString() {
        return "ScreenedPerson[givenName=" + (givenName != null) + ", familyName=" + (familyName != null)
                + ", birthDate=" + (birthDate != null) + ", notes=" + (notes != null) + "]";
    }
}
