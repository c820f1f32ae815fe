package org.cthub.app.releases;

import java.math.BigDecimal;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;
import org.cthub.store.releases.PrivacyBudgetRefusedException;
import org.cthub.store.releases.PrivacyBudgets;

/**
 * The privacy budget of the collaborative's consenting cases across all releases: the deployment sets it
 * ({@value #EPSILON_SETTING}, {@value #DELTA_SETTING}, or the environment variables {@code
 * CTHUB_RELEASES_EPSILON_BUDGET} and {@code CTHUB_RELEASES_DELTA_BUDGET}); the store keeps what was spent.
 * The default, epsilon 20 and delta 1e-5, is five releases at the default epsilon of 4: a collaborative that
 * publishes once a year has spent it in five years and must then decide, in the open, whether to raise it.
 */
final class CollaborativeBudget {

    static final String EPSILON_SETTING = "cthub.releases.epsilon-budget";
    static final String DELTA_SETTING = "cthub.releases.delta-budget";
    static final BigDecimal DEFAULT_EPSILON = new BigDecimal("20");
    static final BigDecimal DEFAULT_DELTA = new BigDecimal("0.00001");

    private final PrivacyBudgets budgets;
    private final PrivacyBudgets.Budget budget;

    CollaborativeBudget(PrivacyBudgets budgets, PrivacyBudgets.Budget budget) {
        this.budgets = budgets;
        this.budget = budget;
    }

    /**
     * @param setting looks a setting up by its property name; the environment-variable spelling is tried too
     * @throws IllegalArgumentException when a setting is not a number or out of range
     */
    static CollaborativeBudget of(PrivacyBudgets budgets, UnaryOperator<String> setting) {
        return new CollaborativeBudget(budgets, new PrivacyBudgets.Budget(
                read(setting, EPSILON_SETTING, DEFAULT_EPSILON), read(setting, DELTA_SETTING, DEFAULT_DELTA)));
    }

    private static BigDecimal read(UnaryOperator<String> setting, String name, BigDecimal fallback) {
        String value = setting.apply(name);
        if (value == null || value.isBlank()) {
            value = setting.apply(name.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_'));
        }
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The setting " + name + " is not a number", e);
        }
    }

    PrivacyBudgets.Status status() {
        return budgets.status(PrivacyBudgets.CONSENTING_CASES, budget);
    }

    /** A charge for one build, made by {@code actor}; remembers its id so the release can be attached. */
    Charging charging(String actor, String purpose) {
        return new Charging(actor, purpose);
    }

    final class Charging implements BudgetCharge {

        private final String actor;
        private final String purpose;
        private OptionalLong chargeId = OptionalLong.empty();

        private Charging(String actor, String purpose) {
            this.actor = actor;
            this.purpose = purpose;
        }

        @Override
        public void charge(BigDecimal epsilon, BigDecimal delta) {
            try {
                chargeId = OptionalLong.of(budgets.charge(PrivacyBudgets.CONSENTING_CASES, budget, purpose, epsilon,
                        delta, actor));
            } catch (PrivacyBudgetRefusedException e) {
                throw new ReleaseRefusedException("The privacy budget of the consenting cases has epsilon "
                        + e.epsilonRemaining().stripTrailingZeros().toPlainString() + " left of "
                        + budget.epsilon().stripTrailingZeros().toPlainString() + "; this release asks for "
                        + epsilon.stripTrailingZeros().toPlainString() + " (delta " + delta.toPlainString()
                        + "). Nothing was charged and no noise was drawn.", ReleaseRefusedException.Why.BUDGET);
            }
        }

        /** Says which release the charge paid for; nothing when no charge was made (refused before any noise). */
        void attach(long releaseId) {
            chargeId.ifPresent(id -> budgets.attach(id, releaseId));
        }
    }
}
