package org.cthub.opendata;

/** A query this release cannot answer as asked; the code is stable and the message names what to change. */
public final class QueryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Stable codes, published in docs/opendata.md. */
    public enum Code {
        UNKNOWN_VARIABLE, UNKNOWN_VALUE, NOT_A_YEAR_VARIABLE, BAD_YEAR_RANGE, TOO_MANY_GROUPS, SAME_GROUP_TWICE
    }

    private final Code code;
    private final String variable;

    public QueryException(Code code, String variable, String message) {
        super(variable == null ? message : variable + ": " + message);
        this.code = code;
        this.variable = variable;
    }

    public Code code() {
        return code;
    }

    public String variable() {
        return variable;
    }
}
