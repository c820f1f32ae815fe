package org.cthub.store.imports;

import org.cthub.store.StoreErrorCode;
import org.cthub.store.StoreException;

/** An import was refused as a whole; nothing of it was stored. */
public final class UnableToImportException extends StoreException {

    private static final long serialVersionUID = 1L;

    UnableToImportException(String message) {
        super(StoreErrorCode.E5010_IMPORT, message, null);
    }
}
