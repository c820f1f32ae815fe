package org.cthub.app.cases;

/** How a form field is typed, checked and shown. */
enum FieldKind {
    /** One line of free text. */
    TEXT,
    /** Free text on several lines. */
    LONG_TEXT,
    /** An e-mail address. */
    EMAIL,
    /** A telephone number: free text, since formats differ by country. */
    PHONE,
    /** A date in ISO 8601 form (yyyy-MM-dd), as a date input sends it; never in the future. */
    DATE,
    /** A whole number from 0 to the field's maximum. */
    WHOLE_NUMBER,
    /** One value of a closed list (a select, or radios when the list is short). */
    CHOICE,
    /** Several values of a closed list (checkboxes). */
    CHOICES,
    /** An ISO 3166 country, by its alpha-3 code. */
    COUNTRY,
    /** An ISO 639 language, by its alpha-3 code. */
    LANGUAGE,
    /** Yes, no, or not recorded. */
    YES_NO
}
