package org.cthub.store.referrals;

import java.util.Objects;
import org.cthub.store.crypto.EncryptedValue;
import org.cthub.store.crypto.IdentifierCipher;

/**
 * Response notes, encrypted at rest like a case's free text, bound to their referral so that a note copied to
 * another referral does not decrypt.
 */
final class Notes {

    /** The longest note kept; its encryption fits the column (see V4). */
    static final int MAX_LENGTH = 500;

    /** The note of referrals ended because the person withdrew consent. */
    static final String CONSENT_WITHDRAWN = "consent withdrawn";

    /** The note of pending referrals ended because the case went to another organisation. */
    static final String CASE_TRANSFERRED = "case transferred to another organisation";

    private final IdentifierCipher cipher;

    Notes(IdentifierCipher cipher) {
        this.cipher = Objects.requireNonNull(cipher, "cipher");
    }

    /** A note ready to store, or null for none (null or blank). */
    EncryptedValue seal(long referralId, String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        return cipher.encrypt(note.strip(), associatedData(referralId));
    }

    /** The note of a stored row; null when there is none. */
    String open(long referralId, String ciphertext, String keyId) {
        if (ciphertext == null) {
            return null;
        }
        return cipher.decrypt(new EncryptedValue(keyId, ciphertext), associatedData(referralId));
    }

    /**
     * Checks a note given by a caller.
     *
     * @throws IllegalArgumentException when it is longer than {@value #MAX_LENGTH} characters; the message does
     *     not quote it
     */
    static void requireValid(String note) {
        if (note != null && note.strip().length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A note is at most " + MAX_LENGTH + " characters; this one has "
                    + note.strip().length());
        }
    }

    private static String associatedData(long referralId) {
        return "case_referral/" + referralId + "/response_note";
    }
}
