package org.cthub.store.crypto;

import java.util.Objects;

/**
 * A value encrypted by {@link IdentifierCipher}.
 *
 * @param keyId the id of the key in the {@link KeyRing} that encrypted it
 * @param ciphertext base64 of a format byte, the 96-bit nonce, the ciphertext and the 128-bit GCM tag
 */
public record EncryptedValue(String keyId, String ciphertext) {

    public EncryptedValue {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(ciphertext, "ciphertext");
    }

    @Override
    public String toString() {
        return "EncryptedValue[keyId=" + keyId + ", " + ciphertext.length() + " base64 characters]";
    }
}
