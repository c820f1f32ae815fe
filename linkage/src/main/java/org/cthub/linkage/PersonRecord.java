package org.cthub.linkage;

import java.util.List;

/**
 * A record to link, as read from an organisation's list.
 *
 * @param id     the organisation's record id
 * @param source the list (organisation) it comes from
 * @param values raw values in the order of {@link LinkageOptions#fields()}; {@code null} or blank when missing
 */
public record PersonRecord(String id, String source, List<String> values) {

    /** Copies the values, which may contain nulls. */
    public PersonRecord {
        values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
    }
}
