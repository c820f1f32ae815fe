package org.cthub.privacy.dp;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The privacy budget of one dataset under basic sequential composition (Dwork and Roth 2014, Theorem 3.16):
 * releases with (epsilon_i, delta_i) together are (sum epsilon_i, sum delta_i)-differentially private. The
 * ledger refuses a release that would take either sum past the budget, and records every accepted release as
 * an immutable {@link LedgerEntry}. Sums are exact ({@link BigDecimal}): ten releases of 0.1 spend exactly 1.
 * Thread-safe.
 */
public final class PrivacyBudgetLedger {

    private final String dataset;
    private final BigDecimal epsilonBudget;
    private final BigDecimal deltaBudget;
    private final Clock clock;
    private final List<LedgerEntry> entries = new ArrayList<>();
    private BigDecimal spentEpsilon = BigDecimal.ZERO;
    private BigDecimal spentDelta = BigDecimal.ZERO;

    /**
     * @param dataset the dataset the budget protects
     * @param epsilonBudget total epsilon, positive
     * @param deltaBudget total delta, in [0, 1)
     */
    public PrivacyBudgetLedger(String dataset, BigDecimal epsilonBudget, BigDecimal deltaBudget) {
        this(dataset, epsilonBudget, deltaBudget, Clock.systemUTC());
    }

    PrivacyBudgetLedger(String dataset, BigDecimal epsilonBudget, BigDecimal deltaBudget, Clock clock) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        if (epsilonBudget.signum() <= 0 || deltaBudget.signum() < 0 || deltaBudget.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("The budget needs epsilon > 0 and delta in [0, 1)");
        }
        this.epsilonBudget = epsilonBudget;
        this.deltaBudget = deltaBudget;
        this.clock = clock;
    }

    /**
     * Charges a release, or refuses it.
     *
     * @return the recorded entry
     * @throws PrivacyBudgetExceededException when the release would exceed the epsilon or the delta budget
     */
    public synchronized LedgerEntry spend(String purpose, String mechanism, BigDecimal epsilon, BigDecimal delta) {
        LedgerEntry entry = new LedgerEntry(purpose, mechanism, epsilon, delta, clock.instant());
        BigDecimal nextEpsilon = spentEpsilon.add(epsilon);
        BigDecimal nextDelta = spentDelta.add(delta);
        if (nextEpsilon.compareTo(epsilonBudget) > 0 || nextDelta.compareTo(deltaBudget) > 0) {
            throw new PrivacyBudgetExceededException(dataset, purpose, epsilon, remainingEpsilon(), delta,
                    remainingDelta());
        }
        spentEpsilon = nextEpsilon;
        spentDelta = nextDelta;
        entries.add(entry);
        return entry;
    }

    public String dataset() {
        return dataset;
    }

    public BigDecimal epsilonBudget() {
        return epsilonBudget;
    }

    public BigDecimal deltaBudget() {
        return deltaBudget;
    }

    public synchronized BigDecimal spentEpsilon() {
        return spentEpsilon;
    }

    public synchronized BigDecimal spentDelta() {
        return spentDelta;
    }

    public synchronized BigDecimal remainingEpsilon() {
        return epsilonBudget.subtract(spentEpsilon);
    }

    public synchronized BigDecimal remainingDelta() {
        return deltaBudget.subtract(spentDelta);
    }

    /** The accepted releases, oldest first. */
    public synchronized List<LedgerEntry> entries() {
        return List.copyOf(entries);
    }
}
