package org.cthub.app.releases;

import java.math.BigDecimal;

/**
 * Charges the collaborative's privacy budget, kept in the store across releases, right before a release draws its
 * first noise. A k-anonymity release is charged after its generalisation (which draws none), so a release refused
 * for an unreachable k spends nothing; a synthetic release is charged before synthesis.
 */
@FunctionalInterface
interface BudgetCharge {

    /** For generated data that belongs to nobody (benchmarks, tests of the builder itself). */
    BudgetCharge NONE = (epsilon, delta) -> {
    };

    /** @throws ReleaseRefusedException when the budget has less than this left */
    void charge(BigDecimal epsilon, BigDecimal delta);
}
