package org.cthub.store.cases;

import org.cthub.store.StoreErrorCode;
import org.cthub.store.StoreException;

/** A stored case could not be read back: its JSON is damaged or names a value the standard does not know. */
public final class UnableToDecodeCaseException extends StoreException {

    private static final long serialVersionUID = 1L;

    UnableToDecodeCaseException(String message, Throwable cause) {
        super(StoreErrorCode.E5007_DECODE_CASE, message, cause);
    }
}
