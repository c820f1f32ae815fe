package org.cthub.store.crypto;

import org.cthub.store.StoreErrorCode;
import org.cthub.store.StoreException;

/** A value could not be encrypted: the JDK lacks AES-GCM or rejected the key. */
public final class UnableToEncryptException extends StoreException {

    private static final long serialVersionUID = 1L;

    UnableToEncryptException(String message, Throwable cause) {
        super(StoreErrorCode.E5005_ENCRYPT, message, cause);
    }
}
