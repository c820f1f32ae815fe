package org.cthub.store;

import java.util.Objects;

/**
 * The root of every failure of the store. Unchecked: callers can rarely recover, and transactions roll back
 * on it. Subclasses are named for the action that failed ({@code UnableTo...}). Messages never contain a
 * personal value (names, contact details, identity numbers, free text, case references).
 */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final StoreErrorCode code;

    protected StoreException(StoreErrorCode code, String message, Throwable cause) {
        super(code + ": " + message, cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    /** The stable code of the failure. */
    public StoreErrorCode code() {
        return code;
    }
}
