package org.cthub.store.casework;

import java.time.LocalDate;

/**
 * What a caseworker enters about a service.
 *
 * @param provider who provides it (an organisation or service, not a person's name), or null
 * @param supportPlanIndex the position (0-based) of the case's HTCDS support plan it serves, or null
 */
public record ServiceDetails(ServiceType type, String provider, LocalDate startedOn, LocalDate endedOn,
                             ServiceOutcome outcome, Integer supportPlanIndex) {

    /** The longest provider kept. */
    public static final int MAX_PROVIDER = 200;

    /**
     * @throws IllegalArgumentException when the type or outcome is missing, the provider is too long, the
     *     service ends before it starts, or the support plan index is negative
     */
    public ServiceDetails {
        Checks.required("type", type);
        Checks.required("outcome", outcome);
        provider = Checks.text("provider", provider, MAX_PROVIDER);
        if (startedOn != null && endedOn != null && endedOn.isBefore(startedOn)) {
            throw new IllegalArgumentException("endedOn cannot be before startedOn");
        }
        if (supportPlanIndex != null && supportPlanIndex < 0) {
            throw new IllegalArgumentException("supportPlanIndex cannot be negative");
        }
    }
}
