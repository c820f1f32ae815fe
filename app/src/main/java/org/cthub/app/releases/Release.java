package org.cthub.app.releases;

import java.time.Instant;
import org.cthub.privacy.check.ReleaseCheck;

/**
 * Everything a release folder is written from.
 *
 * @param parameters what was asked
 * @param input the consenting records and the counts of what was left out
 * @param data the protected records
 * @param statistics risk and class figures
 * @param aggregates the noisy counts
 * @param budget the release's privacy budget and every charge to it
 * @param secureNoise whether the noise came from a cryptographically strong source (false: seeded, tests only)
 * @param createdAt when the release was built
 */
record Release(ReleaseParameters parameters, ReleaseInput input, ProtectedData data, ReleaseStatistics statistics,
               ReleaseAggregates.Result aggregates, ReleaseCheck.Budget budget, boolean secureNoise,
               Instant createdAt) {

    long suppressed() {
        return data.suppressed();
    }

    /** Suppressed records over the consenting records, 0 when there are none. */
    double suppressedShare() {
        return input.consenting() == 0 ? 0 : data.suppressed() / (double) input.consenting();
    }

    java.math.BigDecimal epsilonSpent() {
        return budget.entries().stream().map(org.cthub.privacy.dp.LedgerEntry::epsilon)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
    }
}
