package org.cthub.store;

import java.util.Objects;

/**
 * A record named by its id does not exist (or, for a case, is voided). The web layer answers 404. The message
 * names the kind of record and its id, which are the store's own numbers, never a reference or a name.
 */
public final class RecordNotFoundException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final String recordType;
    private final long id;

    /**
     * @param recordType the kind of record in words, such as {@code case} or {@code referral}
     * @param id the id that named it
     */
    public RecordNotFoundException(String recordType, long id) {
        super(StoreErrorCode.E5012_NOT_FOUND, "There is no " + Objects.requireNonNull(recordType, "recordType")
                + " with id " + id, null);
        this.recordType = recordType;
        this.id = id;
    }

    public String recordType() {
        return recordType;
    }

    public long id() {
        return id;
    }
}
