package org.cthub.store;

/**
 * The stable codes of store failures, in the E5000 range of CT Hub's catalogue. Codes never change meaning
 * once released; new codes are added at the end.
 */
public enum StoreErrorCode {
    /** The database could not be reached or the pool could not start. */
    E5001_OPEN_DATABASE,
    /** A Flyway migration failed; the schema is left at the last good version. */
    E5002_MIGRATE_DATABASE,
    /** An SQL statement failed. */
    E5003_EXECUTE_STATEMENT,
    /** Encryption keys could not be loaded, generated or are invalid. */
    E5004_LOAD_KEYS,
    /** A value could not be encrypted. */
    E5005_ENCRYPT,
    /** A ciphertext could not be decrypted: damaged, moved to another record, or the key is wrong or missing. */
    E5006_DECRYPT,
    /** A stored case could not be decoded into a case record. */
    E5007_DECODE_CASE,
    /** Another transaction changed the same case at the same time; nothing was written. */
    E5008_CONCURRENT_UPDATE,
    /** A case could not be written as given: no reference, or one longer than the store keeps. */
    E5009_WRITE_CASE,
    /** An import was refused as a whole: its counts contradict its records, or its description is invalid. */
    E5010_IMPORT,
    /** A caseworker saved a record someone else had changed since it was read; reload it and apply again. */
    E5011_CHANGED_MEANWHILE,
    /** The record asked for (case, screening, decision, referral, organisation, request) does not exist. */
    E5012_NOT_FOUND,
    /** A rule refused an action: no consent, the wrong organisation, or a state that does not allow it. */
    E5013_REFUSED
}
