package org.cthub.store.cases;

import java.util.Objects;

/**
 * A case record split in two JSON documents.
 *
 * @param recordJson the case without personal identifiers and free text; safe to store in the clear
 * @param identifiersJson the personal identifiers and free text, to be encrypted before it is stored
 */
public record SplitRecord(String recordJson, String identifiersJson) {

    public SplitRecord {
        Objects.requireNonNull(recordJson, "recordJson");
        Objects.requireNonNull(identifiersJson, "identifiersJson");
    }

    /** Shows sizes only: the identifiers must not reach a log through a {@code toString}. */
    @Override
    public String toString() {
        return "SplitRecord[recordJson=" + recordJson.length() + " chars, identifiersJson="
                + identifiersJson.length() + " chars]";
    }
}
