package org.cthub.store.retention;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a retention run did.
 *
 * @param ranAt the instant the periods were measured from
 * @param erasedByOrganisation how many cases each organisation (by code) had pseudonymised in this run; only
 *     organisations with at least one
 */
public record RetentionReport(Instant ranAt, Map<String, Long> erasedByOrganisation) {

    public RetentionReport {
        Objects.requireNonNull(ranAt, "ranAt");
        erasedByOrganisation = Collections.unmodifiableMap(new TreeMap<>(erasedByOrganisation));
    }

    /** How many cases were pseudonymised in all. */
    public long total() {
        return erasedByOrganisation.values().stream().mapToLong(Long::longValue).sum();
    }
}
