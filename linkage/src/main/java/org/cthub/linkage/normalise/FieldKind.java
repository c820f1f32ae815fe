package org.cthub.linkage.normalise;

import java.util.Locale;

/** How a field is normalised, encoded and compared. */
public enum FieldKind {
    /** A person's name: transliterated, token-sorted, with a consonant skeleton. */
    NAME,
    /** A date: parsed into day, month and year. */
    DATE,
    /** A place or address: transliterated, token order kept. */
    PLACE,
    /** A code or number (postcode, document number): compared character by character. */
    CODE;

    /**
     * Guesses the kind from a column name, for command-line use.
     *
     * @param column a column name such as {@code given_name} or {@code date_of_birth}
     * @return the kind; {@link #CODE} when nothing else fits
     */
    public static FieldKind guess(String column) {
        String c = column.toLowerCase(Locale.ROOT);
        if (c.contains("date") || c.contains("dob") || c.contains("birth")) {
            return DATE;
        }
        if (c.contains("name")) {
            return NAME;
        }
        if (c.matches(".*(address|street|suburb|city|town|place|village|state|province|country|district).*")
                && !c.contains("number")) {
            return PLACE;
        }
        return CODE;
    }
}
