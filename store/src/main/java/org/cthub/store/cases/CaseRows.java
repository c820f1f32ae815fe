package org.cthub.store.cases;

import java.util.Objects;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.store.crypto.EncryptedValue;
import org.cthub.store.crypto.IdentifierCipher;

/**
 * Turns case records into {@code trafficking_case} rows and back: split, serialise and encrypt one way, decrypt
 * and join the other. The import and the COPY benchmark baseline share {@link #prepare}, so they write the
 * same bytes. The identifiers are encrypted bound to the organisation and the reference, so a ciphertext moved
 * to another case does not decrypt. Thread-safe.
 */
public final class CaseRows {

    /** The longest reference the store keeps. */
    public static final int MAX_REFERENCE_LENGTH = 200;

    /** The longest text the JSON columns keep, H2's longest VARCHAR. */
    static final int MAX_COLUMN_LENGTH = 1_000_000;

    /** AES-GCM adds a format byte, a 12-byte nonce and a 16-byte tag; base64 turns 3 bytes into 4 characters. */
    private static final int SEAL_OVERHEAD_BYTES = 29;

    private final CaseRecordCodec codec;
    private final IdentifierCipher cipher;

    public CaseRows(CaseRecordCodec codec, IdentifierCipher cipher) {
        this.codec = Objects.requireNonNull(codec, "codec");
        this.cipher = Objects.requireNonNull(cipher, "cipher");
    }

    /**
     * The row of a case record of an organisation.
     *
     * @throws IllegalArgumentException when the record has no reference, one longer than
     *     {@value #MAX_REFERENCE_LENGTH} characters, or a coordinate that is not finite
     */
    public PreparedCaseRow prepare(long organisationId, CaseRecord record) {
        return seal(organisationId, record, split(record));
    }

    SplitRecord split(CaseRecord record) {
        Objects.requireNonNull(record, "record");
        requireReference(record.caseInfo().reference());
        return codec.split(record);
    }

    PreparedCaseRow seal(long organisationId, CaseRecord record, SplitRecord split) {
        String reference = record.caseInfo().reference();
        EncryptedValue identifiers = cipher.encrypt(split.identifiersJson(),
                associatedData(organisationId, reference));
        return CaseColumns.row(organisationId, record, split.recordJson(), identifiers);
    }

    /** Encrypts identifiers' JSON bound to a case's place, for work that changes identifiers alone. */
    EncryptedValue encryptIdentifiers(long organisationId, String reference, String identifiersJson) {
        return cipher.encrypt(identifiersJson, associatedData(organisationId, reference));
    }

    String decryptIdentifiers(long organisationId, String reference, EncryptedValue identifiers) {
        return cipher.decrypt(identifiers, associatedData(organisationId, reference));
    }

    CaseRecord restore(long organisationId, String reference, String recordJson, EncryptedValue identifiers) {
        return codec.join(new SplitRecord(recordJson, decryptIdentifiers(organisationId, reference, identifiers)));
    }

    /** Whether both parts, once encrypted and encoded, fit their columns. */
    static boolean fitsColumns(SplitRecord split) {
        if (split.recordJson().length() > MAX_COLUMN_LENGTH) {
            return false;
        }
        long bytes = split.identifiersJson().length() * 3L <= MAX_COLUMN_LENGTH
                ? split.identifiersJson().length() * 3L
                : split.identifiersJson().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        return 4 * ((bytes + SEAL_OVERHEAD_BYTES + 2) / 3) <= MAX_COLUMN_LENGTH;
    }

    static boolean isValidReference(String reference) {
        return reference != null && !reference.isBlank() && reference.length() <= MAX_REFERENCE_LENGTH;
    }

    private static void requireReference(String reference) {
        if (!isValidReference(reference)) {
            throw new IllegalArgumentException("A stored case needs its organisation's reference, 1 to "
                    + MAX_REFERENCE_LENGTH + " characters");
        }
    }

    private static String associatedData(long organisationId, String reference) {
        return "trafficking_case/" + organisationId + "/" + reference;
    }
}
