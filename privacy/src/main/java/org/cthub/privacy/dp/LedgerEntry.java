package org.cthub.privacy.dp;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One release charged to a dataset's privacy budget. Immutable.
 *
 * @param purpose why the release was made (such as "2025 dashboard: victims by citizenship"); not blank
 * @param mechanism the mechanism used, such as {@code geometric} or {@code gaussian}
 * @param epsilon the epsilon spent, not negative
 * @param delta the delta spent, in [0, 1)
 * @param at when it was charged
 */
public record LedgerEntry(String purpose, String mechanism, BigDecimal epsilon, BigDecimal delta, Instant at) {

    public LedgerEntry {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(mechanism, "mechanism");
        Objects.requireNonNull(at, "at");
        if (purpose.isBlank()) {
            throw new IllegalArgumentException("A release needs a purpose");
        }
        if (epsilon.signum() < 0 || delta.signum() < 0 || delta.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("epsilon must be at least 0 and delta in [0, 1): " + epsilon + ", "
                    + delta);
        }
    }
}
