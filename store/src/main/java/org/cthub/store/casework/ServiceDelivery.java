package org.cthub.store.casework;

import java.time.Instant;
import java.util.Objects;

/**
 * A service of a case as stored.
 *
 * @param version the version to pass back to {@link ServiceDeliveries#update} (optimistic locking)
 */
public record ServiceDelivery(long id, long caseId, int version, ServiceDetails details, Instant createdAt,
                              String createdBy, Instant changedAt, String changedBy) {

    public ServiceDelivery {
        Objects.requireNonNull(details, "details");
    }
}
