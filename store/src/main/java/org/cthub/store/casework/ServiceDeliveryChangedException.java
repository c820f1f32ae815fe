package org.cthub.store.casework;

import org.cthub.store.StoreErrorCode;
import org.cthub.store.StoreException;

/** An update of a service delivery was based on an outdated version of it; nothing was written. */
public final class ServiceDeliveryChangedException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final long serviceDeliveryId;
    private final int currentVersion;
    private final String changedBy;

    ServiceDeliveryChangedException(long serviceDeliveryId, int currentVersion, String changedBy) {
        super(StoreErrorCode.E5011_CHANGED_MEANWHILE, "Service delivery " + serviceDeliveryId + " was changed by "
                + "someone else (now version " + currentVersion + "); reload it and apply your change again", null);
        this.serviceDeliveryId = serviceDeliveryId;
        this.currentVersion = currentVersion;
        this.changedBy = changedBy;
    }

    public long serviceDeliveryId() {
        return serviceDeliveryId;
    }

    public int currentVersion() {
        return currentVersion;
    }

    public String changedBy() {
        return changedBy;
    }
}
