package org.cthub.store.cases;

import org.cthub.store.StoreErrorCode;
import org.cthub.store.StoreException;

/** A case could not be written as given, such as one without a reference. Names the record's position only. */
public final class UnableToWriteCaseException extends StoreException {

    private static final long serialVersionUID = 1L;

    UnableToWriteCaseException(String message) {
        super(StoreErrorCode.E5009_WRITE_CASE, message, null);
    }
}
