package org.cthub.estimation;

/**
 * One problem in a capture-table file.
 *
 * @param code    stable code of the rule broken
 * @param row     1-based data row (the line after the header is row 1); 0 for the header or the file as a whole
 * @param column  the column's name as read, or empty when the problem is not about one column
 * @param value   the value as read, or empty
 * @param message what is wrong and what would be accepted
 */
public record CaptureTableProblem(Code code, long row, String column, String value, String message) {

    /** The rules a capture table must keep. A code never changes meaning once released. */
    public enum Code {
        /** The file has no header line. */
        EMPTY_FILE,
        /** The header has no {@code count} column. */
        MISSING_COUNT_COLUMN,
        /** Two columns have the same name, or a column has no name. */
        BAD_COLUMN_NAME,
        /** Fewer than two list columns. */
        TOO_FEW_LISTS,
        /** More list columns than the estimator supports. */
        TOO_MANY_LISTS,
        /** A row has a different number of cells than the header. */
        MALFORMED_ROW,
        /** A list cell is neither 0 nor 1. */
        NOT_ZERO_OR_ONE,
        /** The count is not a whole number. */
        NOT_A_COUNT,
        /** The count is below zero. */
        NEGATIVE_COUNT,
        /** The same capture history appears on two rows. */
        DUPLICATE_HISTORY,
        /** A row is on no list: people on no list cannot be observed. */
        ALL_ZERO_HISTORY,
        /** No one was observed at all. */
        NO_OBSERVATIONS
    }

    public CaptureTableProblem {
        if (code == null || message == null) {
            throw new IllegalArgumentException("a problem needs a code and a message");
        }
        column = column == null ? "" : column;
        value = value == null ? "" : value;
    }

    /** One line for people: where, what, and what would be accepted. */
    public String describe() {
        StringBuilder text = new StringBuilder(code.name()).append(' ');
        text.append(row == 0 ? "header" : "row " + row);
        if (!column.isEmpty()) {
            text.append(", column \"").append(column).append('"');
        }
        return text.append(": ").append(message).toString();
    }
}
