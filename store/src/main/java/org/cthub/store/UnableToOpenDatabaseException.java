package org.cthub.store;

/** The database could not be opened: unreachable, refused the credentials, or the URL is not supported. */
public final class UnableToOpenDatabaseException extends StoreException {

    private static final long serialVersionUID = 1L;

    UnableToOpenDatabaseException(String message, Throwable cause) {
        super(StoreErrorCode.E5001_OPEN_DATABASE, message, cause);
    }
}
