package org.cthub.store.casework;

import org.cthub.store.StoreErrorCode;
import org.cthub.store.StoreException;

/** The record an action needs does not exist or is voided; the web layer answers 404. */
public final class UnableToFindRecordException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final String recordType;
    private final long recordId;

    UnableToFindRecordException(String recordType, long recordId) {
        super(StoreErrorCode.E5012_NOT_FOUND, recordType + " " + recordId + " does not exist", null);
        this.recordType = recordType;
        this.recordId = recordId;
    }

    /** What was looked for, such as {@code Case} or {@code Screening}. */
    public String recordType() {
        return recordType;
    }

    public long recordId() {
        return recordId;
    }
}
