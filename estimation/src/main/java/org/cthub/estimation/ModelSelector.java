package org.cthub.estimation;

import java.util.List;

/** A rule that chooses a log-linear model for a table of counts and fits it. Implementations are thread-safe. */
sealed interface ModelSelector permits StepwiseSelection, CriterionSelection, FixedModel {

    /**
     * Chooses and fits a model.
     *
     * @param countsByHistory counts indexed by capture history
     * @throws UnableToEstimateException if no model can be fitted
     */
    Selection select(long[] countsByHistory);

    /**
     * The rule to apply to bootstrap resamples and jackknife tables of the data that gave {@code original}: the
     * same rule, or (for AIC and BIC) the same rule over the best models on the original data only.
     */
    default ModelSelector forResamples(Selection original) {
        return this;
    }

    /**
     * A choice: the fitted model and the models considered on the way, ranked as the rule ranks them.
     *
     * @param chosen     the model chosen
     * @param considered the models considered, chosen included (stepwise: the path; AIC/BIC: ranked)
     */
    record Selection(LogLinearFit chosen, List<LogLinearFit> considered) {

        public Selection {
            considered = List.copyOf(considered);
        }
    }
}
