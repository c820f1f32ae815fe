package org.cthub.standard.validation;

/**
 * The stable catalogue of validation and import error codes. Codes never change meaning once released;
 * new codes are added at the end of their range. Documented in {@code docs/error-codes.md}.
 */
public enum ErrorCode {
    /** A required field is empty. */
    E1001_REQUIRED("A required field is empty"),
    /** A picklist value is not one of the standard's values or labels. */
    E1002_UNKNOWN_VALUE("Not a value of this picklist"),
    /** A country code or name that no ISO 3166-1 country has. */
    E1003_UNKNOWN_COUNTRY("Not a country"),
    /** A language code or name that is not ISO 639. */
    E1004_UNKNOWN_LANGUAGE("Not a language"),
    /** A date that cannot be read. */
    E1005_INVALID_DATE("Not a date"),
    /** A date in the future where only past dates make sense. */
    E1006_DATE_IN_FUTURE("A date in the future"),
    /** A birth date after the date of registration. */
    E1007_BIRTH_AFTER_REGISTRATION("Born after the case was registered"),
    /** An age below zero or above any human age. */
    E1008_IMPOSSIBLE_AGE("An impossible age"),
    /** A number that cannot be read or is out of range. */
    E1009_INVALID_NUMBER("Not a valid number"),
    /** A yes/no value that cannot be read. */
    E1010_INVALID_BOOLEAN("Not yes or no"),
    /** A value longer than the store accepts. */
    E1011_TOO_LONG("Too long"),
    /** A column that the layout does not know. */
    E1012_UNKNOWN_COLUMN("Unknown column"),
    /** A single-value field with several values. */
    E1013_SEVERAL_VALUES("Several values where one is allowed"),
    /** Two fields that contradict each other (an age band and a birth date, a minor flagged adult). */
    E1014_INCONSISTENT("Fields contradict each other"),
    /** A year outside the years CT Hub holds cases for (1990 to the current year). */
    E1015_YEAR_OUT_OF_RANGE("A year outside the accepted range"),
    /** A row with a different number of cells than the header. */
    E2001_MALFORMED_ROW("A malformed row"),
    /** A file that ends in the middle of a row or a quoted cell. */
    E2002_TRUNCATED_FILE("The file is truncated"),
    /** A file whose bytes are not text in any supported encoding. */
    E2003_UNREADABLE_ENCODING("The file's encoding cannot be read"),
    /** A file whose header lacks a column the layout needs. */
    E2004_MISSING_COLUMN("A required column is missing"),
    /** Two rows in one file with the same case reference. */
    E2005_DUPLICATE_REFERENCE("The same case reference twice in one file"),
    /** A mapping specification that cannot be used. */
    E2006_INVALID_MAPPING("The mapping specification is invalid"),
    /** Two columns of one header that name the same field. */
    E2007_DUPLICATE_COLUMN("The same column twice in the header");

    private final String summary;

    ErrorCode(String summary) {
        this.summary = summary;
    }

    /** The stable code alone, such as {@code E1002}. */
    public String code() {
        return name().substring(0, 5);
    }

    public String summary() {
        return summary;
    }
}
