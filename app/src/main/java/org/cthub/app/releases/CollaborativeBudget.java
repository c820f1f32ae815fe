package org.cthub.app.releases;

import java.math.BigDecimal;
import java.util.OptionalLong;
import org.cthub.store.releases.PrivacyBudgetRefusedException;
import org.cthub.store.releases.PrivacyBudgets;

/**
 * The privacy budget of the collaborative's consenting cases across all releases. The store holds the budget and
 * what was spent, so the web application and the command line enforce the same limit; it is set only with the
 * audited {@code cthub release budget}.
 */
final class CollaborativeBudget {

    private final PrivacyBudgets budgets;

    CollaborativeBudget(PrivacyBudgets budgets) {
        this.budgets = budgets;
    }

    PrivacyBudgets.Status status() {
        return budgets.status(PrivacyBudgets.CONSENTING_CASES);
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
            if (chargeId.isPresent()) {
                throw new IllegalStateException("A build is charged once");
            }
            try {
                chargeId = OptionalLong.of(budgets.charge(PrivacyBudgets.CONSENTING_CASES, purpose, epsilon, delta,
                        actor));
            } catch (PrivacyBudgetRefusedException e) {
                String remaining = e.epsilonRemaining().stripTrailingZeros().toPlainString();
                String asked = epsilon.stripTrailingZeros().toPlainString();
                throw new ReleaseRefusedException("The privacy budget of the consenting cases has epsilon "
                        + remaining + " left; this release asks for " + asked + " (delta " + delta.toPlainString()
                        + "). Nothing was charged and no noise was drawn.", ReleaseRefusedException.Why.BUDGET,
                        remaining, asked);
            }
        }

        /** Says which release the charge paid for; nothing when no charge was made (refused before any noise). */
        void attach(long releaseId) {
            chargeId.ifPresent(id -> budgets.attach(id, releaseId));
        }
    }
}
