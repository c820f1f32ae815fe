package org.cthub.store.casework;

import java.time.LocalDate;
import java.util.List;

/**
 * How long an organisation's cases waited for national referral mechanism decisions, and the reflection
 * periods about to end, for a supervisor to watch.
 *
 * @param referralToReasonableGrounds days from referral to the reasonable-grounds decision
 * @param reasonableToConclusiveGrounds days from the reasonable-grounds to the conclusive-grounds decision
 * @param reflectionEnding open reflection periods ending within the days asked for, soonest first
 */
public record NrmReport(long organisationId, Waiting referralToReasonableGrounds,
                        Waiting reasonableToConclusiveGrounds, List<ReflectionPeriod> reflectionEnding) {

    public NrmReport {
        reflectionEnding = List.copyOf(reflectionEnding);
    }

    /**
     * Waiting times in days over the cases with both decisions.
     *
     * @param cases how many cases the figures cover; median and max are 0 when it is 0
     * @param medianDays the median; the mean of the two middle values for an even number of cases
     */
    public record Waiting(int cases, double medianDays, long maxDays) {
    }

    /** A recovery and reflection period that has not ended. */
    public record ReflectionPeriod(long caseId, String reference, LocalDate endsOn) {
    }
}
