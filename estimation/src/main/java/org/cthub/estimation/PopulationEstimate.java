package org.cthub.estimation;

import java.util.List;

/**
 * A multiple systems estimate of a population, with what an analyst needs to explain it.
 *
 * @param lists       the lists, in column order
 * @param observed    people recorded on at least one list
 * @param estimate    the estimated population, observed people included (N̂)
 * @param darkFigure  the estimated number recorded on no list (N̂ − observed)
 * @param ci95        95% interval for the population
 * @param ci80        80% interval for the population
 * @param interval    how the intervals were computed
 * @param model       the interactions of the chosen model, named "A:B" (or "A:B:C"); empty for main effects
 * @param method      how the model was chosen
 * @param diagnostics checks on the chosen model and warnings
 * @param candidates  the models considered (stepwise: each step; AIC/BIC: the best 20), for comparison
 */
public record PopulationEstimate(List<String> lists, long observed, double estimate, double darkFigure,
        Interval ci95, Interval ci80, IntervalKind interval, List<String> model, ModelChoice method,
        Diagnostics diagnostics, List<Candidate> candidates) {

    public PopulationEstimate {
        lists = List.copyOf(lists);
        model = List.copyOf(model);
        candidates = List.copyOf(candidates);
    }

    /**
     * One paragraph in plain language: what the estimate means and the assumptions it rests on (closed population,
     * lists independent given the model, no list recording only people known to another, heterogeneity).
     */
    public String explanation() {
        return PlainLanguage.explain(this);
    }

    /** An interval [low, high] for the population; {@code high} may be infinite (profile not closed). */
    public record Interval(double low, double high) {
    }

    /**
     * @param identifiability     SparseMSE's {@code checkident} result for the chosen model
     * @param nonOverlappingPairs interactions of the chosen model between lists that share no one, fitted at −∞
     *                            (the extended maximum likelihood estimate), named "A:B"
     * @param notes               notes on the fit and the interval, each with a code and its arguments
     */
    public record Diagnostics(Identifiability identifiability, List<String> nonOverlappingPairs,
            List<EstimateWarning> notes) {

        public Diagnostics {
            nonOverlappingPairs = List.copyOf(nonOverlappingPairs);
            notes = List.copyOf(notes);
        }

        /** The notes in English, as the command line and its JSON give them. */
        public List<String> warnings() {
            return notes.stream().map(EstimateWarning::text).toList();
        }
    }

    /**
     * A model considered on the way.
     *
     * @param model    its interactions, named "A:B"
     * @param estimate its population estimate
     * @param ci95     its 95% Wald interval
     * @param aic      its AIC (parameters at −∞ counted)
     * @param bic      its BIC (sample size: people observed)
     * @param chosen   whether it is the model reported
     */
    public record Candidate(List<String> model, double estimate, Interval ci95, double aic, double bic,
            boolean chosen) {

        public Candidate {
            model = List.copyOf(model);
        }
    }
}
