package org.cthub.opendata;

/** How a variable is held and filtered. */
public enum VariableKind {
    /** One value per record, or none recorded. */
    CATEGORY,
    /** A category whose values are years or periods of years ({@code 2019}, {@code 2017-2021}); filterable by range. */
    YEAR,
    /** Several values per record (types of exploitation, means of control): a record counts under each of its values. */
    FLAGS
}
