package org.cthub.store;

import java.sql.SQLException;

/**
 * An SQL statement failed. The driver's own message is dropped, because drivers quote the offending values
 * (H2 prints the key of a unique violation, PostgreSQL its detail); what is kept is the SQLState, the vendor
 * code and the stack trace, which is what a maintainer needs.
 */
public final class UnableToExecuteStatementException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final String sqlState;

    /**
     * @param action what the store was doing, in words that contain no data, such as {@code insert the cases}
     * @param cause the driver's exception; its message is not kept
     */
    public UnableToExecuteStatementException(String action, SQLException cause) {
        super(StoreErrorCode.E5003_EXECUTE_STATEMENT,
                "Unable to " + action + " (SQLState " + cause.getSQLState() + ", vendor code " + cause.getErrorCode()
                        + ")", RedactedSqlException.of(cause));
        this.sqlState = cause.getSQLState();
    }

    /** The SQLState of the failure, such as {@code 23505} for a unique violation; may be null. */
    public String sqlState() {
        return sqlState;
    }

    /** Whether the statement violated a unique constraint (SQLState 23505 on both PostgreSQL and H2). */
    public boolean isUniqueViolation() {
        return "23505".equals(sqlState);
    }

    /** A stand-in for a driver exception that keeps its state, code and stack but not its message. */
    static final class RedactedSqlException extends SQLException {

        private static final long serialVersionUID = 1L;

        private RedactedSqlException(SQLException original) {
            super(original.getClass().getName() + " (message withheld: it may quote data)",
                    original.getSQLState(), original.getErrorCode());
            setStackTrace(original.getStackTrace());
        }

        static RedactedSqlException of(SQLException original) {
            RedactedSqlException redacted = new RedactedSqlException(original);
            SQLException next = original.getNextException();
            if (next != null && next != original) {
                redacted.setNextException(new RedactedSqlException(next));
            }
            return redacted;
        }
    }
}
