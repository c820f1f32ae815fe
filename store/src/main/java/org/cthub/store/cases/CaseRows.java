package org.cthub.store.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.standard.htcds.Person;
import org.cthub.store.crypto.EncryptedValue;
import org.cthub.store.crypto.IdentifierCipher;

/**
 * Turns case records into {@code trafficking_case} rows and back: split, serialise and encrypt one way, decrypt
 * and join the other. The import and the COPY benchmark baseline share {@link #prepare}, so they write the
 * same bytes. The identifiers are encrypted bound to the organisation and the reference, so a ciphertext moved
 * to another case does not decrypt. Every row carries the match key of its person ({@link MatchText}), so that
 * the "already registered?" check finds imported cases as well as those entered by hand. Thread-safe.
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
        return CaseColumns.row(organisationId, record, matchKey(record.person()), split.recordJson(), identifiers);
    }

    /**
     * The match keys to look for when checking whether a person is registered already: one per key of the
     * ring, so that cases written before a key rotation are found too. Empty when the name has no letter or
     * the birth date is missing.
     *
     * @param nameParts the person's names in any order; nulls are skipped
     */
    public List<String> matchKeys(LocalDate birthDate, String... nameParts) {
        String text = MatchText.of(birthDate, nameParts);
        return text == null ? List.of() : cipher.matchKeys(text);
    }

    /**
     * The record of a stored row, decrypted.
     *
     * @throws org.cthub.store.crypto.UnableToDecryptException when the identifiers do not belong to this
     *     organisation and reference, or their key is missing
     */
    public CaseRecord restore(long organisationId, String reference, String recordJson, EncryptedValue identifiers) {
        return codec.join(new SplitRecord(recordJson, decryptIdentifiers(organisationId, reference, identifiers)));
    }

    /**
     * The person's first and second names joined by a space, decrypted from a row's identifiers alone, for
     * lists that show a name without reading the whole record; null when neither name is recorded.
     */
    public String displayName(long organisationId, String reference, EncryptedValue identifiers) {
        return codec.displayName(decryptIdentifiers(organisationId, reference, identifiers));
    }

    private String matchKey(Person person) {
        String text = MatchText.of(person.birthdate(), person.firstName(), person.middleName(), person.secondName());
        return text == null ? null : cipher.matchKey(text);
    }

    /** Encrypts identifiers' JSON bound to a case's place, for work that changes identifiers alone. */
    EncryptedValue encryptIdentifiers(long organisationId, String reference, String identifiersJson) {
        return cipher.encrypt(identifiersJson, associatedData(organisationId, reference));
    }

    String decryptIdentifiers(long organisationId, String reference, EncryptedValue identifiers) {
        return cipher.decrypt(identifiers, associatedData(organisationId, reference));
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

    /** The cipher these rows are sealed with, for what is encrypted beside a case (screenings, notes). */
    public IdentifierCipher cipher() {
        return cipher;
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
