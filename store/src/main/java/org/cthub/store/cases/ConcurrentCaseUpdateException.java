package org.cthub.store.cases;

import org.cthub.store.StoreErrorCode;
import org.cthub.store.StoreException;

/**
 * Another transaction changed or created the same case while this one was writing it (optimistic locking on
 * the case's version, or the unique reference). The transaction is rolled back; trying again is safe.
 */
public final class ConcurrentCaseUpdateException extends StoreException {

    private static final long serialVersionUID = 1L;

    ConcurrentCaseUpdateException(String message, Throwable cause) {
        super(StoreErrorCode.E5008_CONCURRENT_UPDATE, message, cause);
    }
}
