package org.cthub.store.casework;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * A screening to record.
 *
 * @param screenedBy who screened the person (a username)
 * @param indicators the indicators of trafficking the screener found; may be empty
 * @param decidedBy who took the decision (a username), often the screener
 */
public record NewScreening(long organisationId, LocalDate screenedOn, String screenedBy,
                           Set<TraffickingIndicator> indicators, ScreeningDecision decision, String decidedBy,
                           ScreenedPerson person) {

    /** @throws IllegalArgumentException when a required value is missing */
    public NewScreening {
        Checks.required("screenedOn", screenedOn);
        screenedBy = Checks.username("screenedBy", screenedBy);
        indicators = indicators == null || indicators.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(indicators));
        Checks.required("decision", decision);
        decidedBy = Checks.username("decidedBy", decidedBy);
        Checks.required("person", person);
    }
}
