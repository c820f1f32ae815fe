package org.cthub.store.crypto;

import org.cthub.store.StoreErrorCode;
import org.cthub.store.StoreException;

/** The encryption keys could not be read, generated, or are not valid. The message never holds key material. */
public final class UnableToLoadKeysException extends StoreException {

    private static final long serialVersionUID = 1L;

    UnableToLoadKeysException(String message, Throwable cause) {
        super(StoreErrorCode.E5004_LOAD_KEYS, message, cause);
    }
}
