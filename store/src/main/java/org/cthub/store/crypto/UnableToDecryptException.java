package org.cthub.store.crypto;

import org.cthub.store.StoreErrorCode;
import org.cthub.store.StoreException;

/**
 * A ciphertext could not be decrypted: it was altered, it belongs to another record, its key is not in the
 * key ring, or the key ring holds a different key under that id.
 */
public final class UnableToDecryptException extends StoreException {

    private static final long serialVersionUID = 1L;

    UnableToDecryptException(String message, Throwable cause) {
        super(StoreErrorCode.E5006_DECRYPT, message, cause);
    }
}
