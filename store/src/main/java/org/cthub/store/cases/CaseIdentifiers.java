package org.cthub.store.cases;

import java.util.Objects;
import org.cthub.standard.htcds.CaseRecord;
import org.cthub.store.crypto.EncryptedValue;

/**
 * The encrypted identifiers of stored cases, for work that changes them without rewriting the record: a
 * transfer binds them to the receiving organisation, an erasure replaces them with none. The binding (the
 * associated data of {@link CaseRows}) stays private to this package, so that there is one definition of it.
 * Thread-safe.
 */
public final class CaseIdentifiers {

    /**
     * The identifiers' JSON of a record with no identifier and no free text: {@link JsonTrees#pruneEmpty} leaves
     * an empty object. Joined with the record's JSON it restores the record with every identifier null, and
     * lists (comments, events) keep their length with their free text gone.
     */
    static final String NONE = "{}";

    private final CaseRows rows;

    public CaseIdentifiers(CaseRows rows) {
        this.rows = Objects.requireNonNull(rows, "rows");
    }

    /** The cipher of the case rows, for what is encrypted beside a case. */
    public org.cthub.store.crypto.IdentifierCipher cipher() {
        return rows.cipher();
    }

    /**
     * The same identifiers encrypted for the case's new place, under the current key.
     *
     * @throws org.cthub.store.crypto.UnableToDecryptException when they are not bound to the old place
     */
    public EncryptedValue rebind(EncryptedValue identifiers, String reference, long fromOrganisationId,
                                 long toOrganisationId) {
        Objects.requireNonNull(identifiers, "identifiers");
        Objects.requireNonNull(reference, "reference");
        String plain = rows.decryptIdentifiers(fromOrganisationId, reference, identifiers);
        return rows.encryptIdentifiers(toOrganisationId, reference, plain);
    }

    /** The encryption of an empty identifier set for a case, what an erased case keeps. */
    public EncryptedValue none(long organisationId, String reference) {
        Objects.requireNonNull(reference, "reference");
        return rows.encryptIdentifiers(organisationId, reference, NONE);
    }

    /**
     * A stored case's record, decrypted.
     *
     * @throws org.cthub.store.crypto.UnableToDecryptException when the identifiers are not bound to this place
     * @throws UnableToDecodeCaseException when the JSON is damaged
     */
    public CaseRecord restore(long organisationId, String reference, String recordJson, EncryptedValue identifiers) {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(recordJson, "recordJson");
        Objects.requireNonNull(identifiers, "identifiers");
        return rows.restore(organisationId, reference, recordJson, identifiers);
    }
}
